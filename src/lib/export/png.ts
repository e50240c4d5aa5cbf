/**
 * A PNG of an SVG document, drawn on an offscreen canvas at `scale` times its size (2× by default,
 * sharp on high-density screens and projectors).
 */

export const PNG_SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.decoding = 'async';
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('The browser could not draw this figure as an image.'));
		img.src = url;
	});
}

export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = PNG_SCALE
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = await loadImage(url);
		const w = Math.round(width * scale);
		const h = Math.round(height * scale);
		if (typeof OffscreenCanvas !== 'undefined') {
			const canvas = new OffscreenCanvas(w, h);
			const ctx = canvas.getContext('2d');
			if (!ctx) throw new Error('This browser has no 2D canvas.');
			ctx.drawImage(img, 0, 0, w, h);
			return await canvas.convertToBlob({ type: 'image/png' });
		}
		const canvas = document.createElement('canvas');
		canvas.width = w;
		canvas.height = h;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser has no 2D canvas.');
		ctx.drawImage(img, 0, 0, w, h);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
