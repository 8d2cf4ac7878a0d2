/**
 * The levers of the perceived-wait model as data: Maister's eight propositions on the psychology
 * of waiting (1985) and the two later additions, each with a default factor an instructor may
 * change within its bounds. The literature states the direction of each effect, not its size:
 * every factor here is a teaching choice and is marked `illustrative: true`. The one measured
 * size we rely on is Jones & Peppiatt's (see `measuredOverestimate`), used to calibrate. Each
 * lever's words (switch label, rationale) are content, in content/queue/simulator.yaml.
 */

export type WaitLeverId =
  | 'unoccupied'
  | 'preProcess'
  | 'anxious'
  | 'uncertain'
  | 'unexplained'
  | 'unfair'
  | 'valuableService'
  | 'solo'
  | 'uncomfortable'
  | 'unfamiliar';

export interface WaitLever {
  id: WaitLeverId;
  /** A lever either stretches the felt wait, or (the value of the service) how long people will accept. */
  acts: 'perceivedWait' | 'tolerance';
  /** `setting`: the student switches it on for the scene; `run`: read per customer from the simulation. */
  decidedBy: 'setting' | 'run';
  /** Multiplier applied while the lever is on; `min`/`max` bound an instructor's edits. */
  defaultFactor: number;
  min: number;
  max: number;
  /** Who stated the effect (its direction). */
  proposition: string;
  /** Where the size of the effect was measured, or null when no study gives one. */
  source: string | null;
  /** The factor is a teaching choice, not a measured value. */
  illustrative: boolean;
}

const maister =
  'Maister, D. H. (1985). The psychology of waiting lines. In Czepiel, Solomon & Surprenant (eds.), The Service Encounter. Lexington Books.';
const davisHeineke =
  'Davis, M. M. & Heineke, J. (1994). Understanding the roles of the customer and the operation for better queue management. International Journal of Operations & Production Management, 14(5).';
const jonesPeppiatt =
  'Jones, P. & Peppiatt, E. (1996). Managing perceptions of waiting times in service queues. International Journal of Service Industry Management, 7(5).';

export const waitLevers: readonly WaitLever[] = [
  {
    id: 'unoccupied',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.15,
    min: 1,
    max: 1.6,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'preProcess',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.1,
    min: 1,
    max: 1.5,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'anxious',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.2,
    min: 1,
    max: 1.8,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'uncertain',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.1,
    min: 1,
    max: 1.6,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'unexplained',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.1,
    min: 1,
    max: 1.5,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'unfair',
    acts: 'perceivedWait',
    decidedBy: 'run',
    defaultFactor: 1.2,
    min: 1,
    max: 2,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'valuableService',
    acts: 'tolerance',
    decidedBy: 'setting',
    defaultFactor: 1.5,
    min: 1,
    max: 3,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'solo',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.1,
    min: 1,
    max: 1.4,
    proposition: maister,
    source: null,
    illustrative: true,
  },
  {
    id: 'uncomfortable',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.15,
    min: 1,
    max: 1.6,
    proposition: davisHeineke,
    source: null,
    illustrative: true,
  },
  {
    id: 'unfamiliar',
    acts: 'perceivedWait',
    decidedBy: 'setting',
    defaultFactor: 1.1,
    min: 1,
    max: 1.5,
    proposition: jonesPeppiatt,
    source: null,
    illustrative: true,
  },
];

/**
 * The one measured size: Jones & Peppiatt found customers' perceived waits to be about 40 %
 * longer than the actual waits in a food outlet. It depends heavily on context; the defaults
 * above are chosen so that an unmanaged wait (nothing to do, no idea how long, alone) comes out
 * near this figure: 1.15 × 1.1 × 1.1 ≈ 1.39.
 */
export const measuredOverestimate = {
  factor: 1.4,
  source: jonesPeppiatt,
  /** The levers that describe such an unmanaged wait. */
  typicalLevers: ['unoccupied', 'uncertain', 'solo'] as const satisfies readonly WaitLeverId[],
};

export function findWaitLever(id: WaitLeverId): WaitLever {
  return waitLevers.find((lever) => lever.id === id)!;
}
