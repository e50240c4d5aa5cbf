/**
 * The sweep's worker threads run one plain JavaScript file, sweepWorker.ts and everything it
 * imports bundled by esbuild: a thread that compiled the TypeScript itself (tsx's loader) took
 * about a second to start, longer than a 10-point sweep's share of work. The bundle is built on
 * demand into node_modules/.cache and rebuilt when any file it was built from is newer, so
 * `npm run sweep` stays one command on a fresh clone.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = join(ROOT, 'src/cli/sweepWorker.ts');
export const BUNDLE_DIR = join(ROOT, 'node_modules/.cache/org-design-simulator');

/** What a bundle was built from; a change to any of it rebuilds. */
interface BundleInputs {
	/** esbuild's version and the build options, so a change of either rebuilds. */
	build: string;
	/** When the build started (ms since the epoch): a file changed after it may be missing. */
	startedAt: number;
	/** Every source file in the bundle, relative to the project root. */
	files: string[];
}

const OPTIONS = {
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// The project's tsconfig extends the generated .svelte-kit one, absent before `svelte-kit
	// sync`; the worker needs none of its settings.
	tsconfigRaw: { compilerOptions: { target: 'es2022', verbatimModuleSyntax: true } },
	logLevel: 'error'
} as const;

function mtime(file: string): number | null {
	try {
		return statSync(file).mtimeMs;
	} catch {
		return null;
	}
}

/** True when the bundle at `file` exists and no input changed since its build started. */
export function bundleIsFresh(file: string, inputsFile: string, build: string): boolean {
	if (mtime(file) === null) return false;
	let inputs: BundleInputs;
	try {
		inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as BundleInputs;
	} catch {
		return false;
	}
	if (
		inputs.build !== build ||
		typeof inputs.startedAt !== 'number' ||
		!Array.isArray(inputs.files) ||
		inputs.files.length === 0
	)
		return false;
	return inputs.files.every((f) => {
		const changed = mtime(join(ROOT, f));
		return changed !== null && changed < inputs.startedAt;
	});
}

/**
 * The path of the worker bundle, built first if missing or stale. Written to a temporary name
 * and renamed, so sweeps started side by side (shards on one machine) never load half a file.
 */
export async function workerBundle(dir?: string): Promise<string> {
	if (dir) return bundleIn(dir);
	try {
		return await bundleIn(BUNDLE_DIR);
	} catch (error) {
		// A read-only checkout: build into the system's temporary folder instead.
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw error;
		return bundleIn(join(tmpdir(), `org-design-simulator-${process.getuid?.() ?? 'user'}`));
	}
}

async function bundleIn(dir: string): Promise<string> {
	const file = join(dir, 'sweepWorker.mjs');
	const inputsFile = join(dir, 'sweepWorker.inputs.json');
	const esbuildVersion = (
		JSON.parse(readFileSync(join(ROOT, 'node_modules/esbuild/package.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const build = JSON.stringify({ esbuild: esbuildVersion, ...OPTIONS });
	if (bundleIsFresh(file, inputsFile, build)) return file;
	const esbuild = await import('esbuild');
	mkdirSync(dir, { recursive: true });
	const startedAt = Date.now();
	const temp = `${file}.${process.pid}.${startedAt}.tmp`;
	const result = await esbuild.build({
		...OPTIONS,
		entryPoints: [ENTRY],
		absWorkingDir: ROOT,
		outfile: temp,
		metafile: true
	});
	const inputs: BundleInputs = { build, startedAt, files: Object.keys(result.metafile.inputs) };
	// The bundle first: until its inputs list follows, the old list says stale, never the reverse.
	renameSync(temp, file);
	writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
	renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
	return file;
}
