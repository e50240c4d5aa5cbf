import { BUILD_CLASS, STATE_STRIDE } from './flowTables';
import { Dispatch, EV_BITS, EV_PATIENCE } from './dispatch';
import { exceptionKind } from './hiddenLedger';

/**
 * Hidden work (issue 9), after the Virtual Design Team (Levitt et al., Management Science 45(11),
 * 1999): a developer's question is an exception that goes to the role owning the decision (the PO
 * for the story, the PM for roadmap scope; up the chain when that role is missing); past the
 * developer's patience it is decided by default, which raises the chance the item fails acceptance
 * and loops back through the statechart for a rework pass; leaders are people with hours, so
 * alignment and approval queue for them. Every draw here comes from the decision's own hidden-work
 * stream, so with the model off every other draw is what it was before.
 */
export abstract class HiddenWorkFlow extends Dispatch {
	/**
	 * Routes question `e` (state `i`, awaiting an answer) to its owner, blocks the developer, and
	 * arms their patience. A question nobody can answer (no owner and nobody up the chain) is
	 * decided by default at once.
	 */
	protected askOwner(e: number, i: number, t: number): void {
		const d = this.d;
		const org = this.org;
		const team = d.team[e];
		const teamStation = org.teamStation[team];
		const scope = d.drawHidden(e) < this.s.scopeExceptionShare ? 1 : 0;
		const counts = this.hidden.exceptions[exceptionKind(scope)];
		counts.raised++;
		// The PM (or combined PM/PO) owns scope; leadership holds it when nobody does (PO-only).
		// The PO owns the story; with no PO (PM-only) it goes up the chain, to the PM.
		let station: number;
		let escalated: number;
		if (scope === 1) {
			station = org.strategyStation[team];
			escalated = org.strategyAbsorbed ? 1 : 0;
		} else if (!org.deliveryAbsorbed) {
			station = org.poStation[team];
			escalated = 0;
		} else {
			station = org.strategyStation[team];
			escalated = 1;
		}
		d.scope[e] = scope;
		d.escalated[e] = escalated;
		if (escalated === 1) counts.escalated++;
		this.block(e, teamStation, t);
		if (station < 0) {
			this.decideByDefault(e, t);
			return;
		}
		const penalty = station === org.leadership ? this.s.leaderPenalty : 1;
		this.handoff(e, station);
		this.offer(e, i, station, -1, t, this.unitEffort(e) * this.f.meanEffort[i] * penalty);
		if (d.answerTask[e] >= 0) {
			d.patienceDue[e] = t + this.s.patienceHours;
			this.clock.schedule(d.patienceDue[e], (e << EV_BITS) | EV_PATIENCE);
		}
	}

	/** The patience of the developer holding `e` ran out at `t`: unless the answer has started. */
	protected patienceOver(e: number, t: number): void {
		const d = this.d;
		const task = d.answerTask[e];
		if (task < 0 || d.alive[e] !== 1 || d.patienceDue[e] !== t) return;
		const r = this.resources;
		const station = r.taskStation[task];
		const kind = d.kind[e];
		const state = d.state[e];
		const wait = t - r.taskQueuedAt[task];
		r.withdraw(task, t);
		this.books.taskWaited(station, kind, state, wait);
		d.stateWait[e * STATE_STRIDE + state] += wait;
		r.freeTask(task);
		d.answerTask[e] = -1;
		this.decideByDefault(e, t);
	}

	private decideByDefault(e: number, t: number): void {
		this.hidden.exceptions[exceptionKind(this.d.scope[e])].byDefault++;
		this.d.defaults[e]++;
		this.step(e, this.f.otherwiseEvent[this.f.answering], t);
	}

	protected unblocked(e: number, station: number, t: number): void {
		this.hidden.decisionWait[station] += t - this.d.blockedAt[e];
	}

	/** Alignment or approval: first the leaders' meeting, in their queue, then the delay. */
	protected meetLeaders(e: number, t: number): void {
		const station = this.org.leaders;
		const i = this.cell(e);
		this.handoff(e, station);
		this.hidden.alignmentTasks++;
		this.offer(e, i, station, -1, t, this.unitEffort(e) * this.s.alignHours);
	}

	protected hiddenTaskBegun(task: number, e: number, wait: number): void {
		const r = this.resources;
		const station = r.taskStation[task];
		if (station === this.org.leaders) {
			this.hidden.coordination[station] += r.taskWork[task];
			this.hidden.alignmentWait += wait;
			return;
		}
		if (!this.hiddenOn) return;
		const i = this.cell(e);
		if (i === this.f.answering) {
			this.d.answerTask[e] = -1;
			this.hidden.coordination[station] += r.taskWork[task];
		} else if (i === this.f.refining) {
			// Refined by the team itself, or after waiting more than a sprint: in a hurry.
			const absorbed = station === this.org.teamStation[this.d.team[e]];
			this.d.hurried[e] = absorbed || wait >= this.sprintHours ? 1 : 0;
		} else if (r.taskClass[task] === BUILD_CLASS && this.d.reworks[e] > 0) {
			this.hidden.rework[station] += r.taskWork[task];
		}
	}

	protected hiddenTaskDone(e: number, i: number, station: number, t: number): boolean {
		if (station === this.org.leaders) {
			// Leaders met; the stakeholders' response delay follows, in the same state.
			this.d.leadersMet[e] = 1;
			this.enter(e, t);
			return true;
		}
		if (i === this.f.answering) {
			if (this.d.escalated[e] === 0) {
				this.hidden.exceptions[exceptionKind(this.d.scope[e])].answeredByOwner++;
			}
			return false;
		}
		if (i !== this.f.accepting) return false;
		// Acceptance: fails with the base chance, and with each decision by default's chance.
		// A product of factors, not `**`: powers may differ in the last bit between engines.
		let passes = 1 - this.s.acceptFailChance;
		for (let k = 0; k < this.d.defaults[e]; k++) passes *= 1 - this.s.defaultReworkChance;
		this.hidden.reviews++;
		if (this.d.drawHidden(e) < passes) return false;
		this.hidden.rejections++;
		this.d.reworks[e]++;
		this.d.defaults[e] = 0;
		this.step(e, this.f.otherwiseEvent[i], t);
		return true;
	}
}
