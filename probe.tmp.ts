import { PRESET_IDS, parseScenarioParams } from './src/lib/scenario/index';
import { runSimulation } from './src/lib/sim/runSimulation';
import { workEstimate } from './src/lib/sim/workEstimate';
const links = [...PRESET_IDS.map((p) => `preset=${p}`), 'preset=enterprise&teams=100', 'teams=200&teamSize=20&weeks=52', 'teams=50&itemsPerWeek=20&questionsPerDevWeek=10','teams=20&roadmapPerQuarter=20&pricingPerQuarter=40', 'preset=startup&itemsPerWeek=40&questionsPerDevWeek=20&weeks=104','planning=flow&teams=12','teams=200&teamSize=20&weeks=26&questionsPerDevWeek=40&itemsPerWeek=100&roadmapPerQuarter=20&pricingPerQuarter=40'];
for (const l of links) {
  const s = parseScenarioParams(l).scenario;
  const r = runSimulation(s);
  const e = workEstimate(s, 1).eventsPerRun;
  console.log(l.padEnd(60), 'events', r.events, 'est', e, 'ratio', (e / r.events).toFixed(2));
}
