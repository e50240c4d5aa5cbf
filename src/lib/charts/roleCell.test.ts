import { describe, expect, it } from 'vitest';
import { roleCell } from './roleCell';

describe('roleCell', () => {
	it('roleCell(person, 0): the Tab stop, named by its role id', () => {
		expect(roleCell({ id: 'po-3', kind: 'po', isGroup: false, members: [{}] }, 0)).toEqual({
			role: 'gridcell',
			tabindex: 0,
			'data-index': 0,
			'data-role-id': 'po-3',
			'data-role-group': undefined,
			'data-role-count': 1
		});
	});

	it('roleCell(group, i): out of the Tab order, named by its kind and member count', () => {
		expect(
			roleCell({ id: 'po-more', kind: 'po', isGroup: true, members: [{}, {}, {}] }, 4)
		).toEqual({
			role: 'gridcell',
			tabindex: -1,
			'data-index': 4,
			'data-role-id': undefined,
			'data-role-group': 'po',
			'data-role-count': 3
		});
	});
});
