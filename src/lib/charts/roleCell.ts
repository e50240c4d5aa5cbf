/**
 * The attributes a role's mark carries in the network and the org chart alike: a cell of the
 * chart's roving grid (one Tab stop, `data-index` for the arrow keys), and the role hooks tests
 * and exports find it by: `data-role-id` for a person or team, `data-role-group` and
 * `data-role-count` for a folded "+N other" mark.
 */
export interface RoleMark {
	id: string;
	kind: string;
	isGroup: boolean;
	members: readonly unknown[];
}

export function roleCell(node: RoleMark, index: number) {
	return {
		role: 'gridcell' as const,
		tabindex: index === 0 ? 0 : -1,
		'data-index': index,
		'data-role-id': node.isGroup ? undefined : node.id,
		'data-role-group': node.isGroup ? node.kind : undefined,
		'data-role-count': node.members.length
	};
}
