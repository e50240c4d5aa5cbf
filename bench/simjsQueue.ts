/**
 * The same FIFO queue in simjs 2.0.3 (the npm discrete-event library a developer might pick
 * instead): a `Facility` with the FCFS discipline is a FIFO c-server queue. Written the way the
 * simjs README writes its examples (an Entity that schedules arrivals with `setTimer` and asks
 * for service with `useFacility(...).done(...)`), drawing from the same streams as the engine.
 */
import { createRequire } from 'node:module';
import { queueStreams, type QueueParams, type QueueRun } from './stream';

interface SimRequest {
	done(callback: () => void): SimRequest;
}
interface SimEntity {
	time(): number;
	setTimer(duration: number): SimRequest;
	useFacility(facility: SimFacility, duration: number): SimRequest;
}
type SimFacility = { usage(): number };
interface SimSim {
	addEntity(entity: new (sim: SimSim, name?: string) => object): SimEntity;
	simulate(endTime: number): boolean;
	time(): number;
}
interface SimJs {
	Sim: new () => SimSim;
	Entity: new (sim: SimSim, name?: string) => SimEntity;
	Facility: { new (name: string, discipline: number, servers: number): SimFacility; FCFS: number };
}

let simjs: SimJs | undefined;

/**
 * simjs ships a browserify bundle without a module export: loading it only assigns
 * `window.Sim`, so `window` has to exist first.
 */
export function loadSimjs(): SimJs {
	if (!simjs) {
		const g = globalThis as { window?: { Sim?: SimJs } };
		if (g.window === undefined) g.window = globalThis as { Sim?: SimJs };
		createRequire(import.meta.url)('simjs');
		simjs = g.window.Sim;
		if (!simjs) throw new Error('simjs did not define window.Sim');
	}
	return simjs;
}

export function simjsQueue(params: QueueParams): QueueRun {
	const { servers, arrivalRate, serviceRate, customers, seed } = params;
	const { Sim, Entity, Facility } = loadSimjs();
	const { nextInterarrival, nextService } = queueStreams(seed, arrivalRate, serviceRate);

	const sim = new Sim();
	const server = new Facility('server', Facility.FCFS, servers);
	let arrived = 0;
	let completed = 0;
	let sumTimeInSystem = 0;
	let sumWait = 0;

	class Source extends Entity {
		start(): void {
			this.setTimer(nextInterarrival()).done(this.arrive);
		}
		arrive(): void {
			const arrivedAt = this.time();
			const service = nextService();
			arrived++;
			this.useFacility(server, service).done(() => {
				const timeInSystem = this.time() - arrivedAt;
				sumTimeInSystem += timeInSystem;
				sumWait += timeInSystem - service;
				completed++;
			});
			if (arrived < customers) this.setTimer(nextInterarrival()).done(this.arrive);
		}
	}

	sim.addEntity(Source);
	sim.simulate(Infinity);
	const end = sim.time();

	return {
		servers,
		arrivalRate,
		serviceRate,
		customers,
		seed,
		meanTimeInSystem: sumTimeInSystem / completed,
		meanWait: sumWait / completed,
		throughput: completed / end,
		utilisation: server.usage() / (servers * end),
		// One arrival timer and one service completion per customer.
		events: 2 * completed
	};
}
