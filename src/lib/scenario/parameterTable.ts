import { FIELD_GROUP_LABELS, FIELDS, type Field } from './fields';
import { PRESETS, PRESET_IDS } from './presets';
import { CURRENT_VERSION } from './versions';

function bounds(field: Field): string {
	switch (field.type) {
		case 'int':
			return `whole number ${field.min}–${field.max}`;
		case 'number':
			return `number ${field.min}–${field.max}`;
		case 'choice':
			return field.options.map((o) => `\`${o}\``).join(', ');
		case 'text':
			return `text, up to ${field.maxLength} characters`;
	}
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table of URL parameters, written from the settings table so it never drifts. */
export function parameterTableMarkdown(): string {
	const lines = [
		'| key | setting | accepts | default | unit | source |',
		'|---|---|---|---|---|---|',
		`| \`v\` | link format version | whole number 1–${CURRENT_VERSION} | \`${CURRENT_VERSION}\` | | Links made today keep opening when the format changes; version 1 links are converted (items per sprint become items per week, and the defaults they left out keep their old values). |`,
		`| \`preset\` | starting preset | ${PRESET_IDS.map((p) => `\`${p}\``).join(', ')} | \`scale-up\` | | The other keys override the preset's values. |`
	];
	let group = '';
	for (const field of FIELDS) {
		if (field.group !== group) {
			group = field.group;
			lines.push(`| | **${FIELD_GROUP_LABELS[field.group]}** | | | | |`);
		}
		const unit = 'unit' in field && field.unit ? field.unit : '';
		const shown = field.type === 'text' ? '(empty)' : `\`${field.default}\``;
		lines.push(
			`| \`${field.key}\` | ${cell(field.label)} | ${bounds(field)} | ${shown} | ${unit} | ${cell(field.source)} |`
		);
	}
	lines.push('', 'Presets and what they set:', '');
	for (const id of PRESET_IDS) {
		const preset = PRESETS[id];
		const settings = Object.entries(preset.settings)
			.map(([k, v]) => `${k}=${v}`)
			.join('&');
		lines.push(`- \`${id}\`: ${preset.description} (\`${settings}\`)`);
	}
	return lines.join('\n');
}
