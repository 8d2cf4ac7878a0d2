/** UI strings for the queue-psychology simulator (chapter 6), in English. */
import type { QueueSimulatorStrings } from '../types.ts';

export const queueSimulator: QueueSimulatorStrings = {
  title: 'Queue psychology simulator',
  intro:
    'Customers arrive, wait and are served by the rules you set; the propositions on the psychology of waiting then estimate how long each wait felt. Pick an exercise, read its question, press Run, then change one thing and run again to compare the two runs.',
  presetLegend: 'Exercise',
  linkProblem: 'The link’s value for “{label}” could not be used; the exercise’s own value is shown instead.',
  questionLabel: 'Question: ',
  settingsHeading: 'Settings',
  arrivalLegend: 'Arrivals',
  arrivalProfile: 'The scene’s day: {segments}',
  listSeparator: '; ',
  profileSegment: '{rate} a minute for {minutes} minutes',
  arrivalSteady: 'A steady rate (random arrivals)',
  fields: {
    ratePerMinute: 'Customers arriving per minute, on average',
    servers: 'Servers',
    meanServiceMinutes: 'Mean service time (minutes)',
    serviceCv: 'Spread of service times (standard deviation ÷ mean)',
    erlangK: 'Phases k (more is steadier)',
    balkingLimit: 'Walk away when this many already wait in their line',
    meanPatienceMinutes: 'Mean patience (minutes)',
    customers: 'Customers to simulate',
    seed: 'Random seed',
    toleranceMinutes: 'Wait customers accept (minutes)',
  },
  serviceLegend: 'Service time',
  serviceKinds: {
    exponential: 'Exponential (mostly quick, now and then very slow)',
    deterministic: 'Always the same',
    lognormal: 'Lognormal (set the spread)',
    erlang: 'Erlang (set the phases)',
  },
  layoutLegend: 'Line layout',
  layouts: {
    single: 'One serpentine line; the next free server calls the next customer',
    perServer: 'One line per server; customers pick the shortest',
  },
  balking: 'Customers walk away when the line looks too long',
  reneging: 'Customers give up after waiting too long',
  customersDayHint:
    'This exercise simulates one day: {minutes} minutes, with about {expected} customers arriving on average. The run stops at the day’s end or at this many customers, whichever comes first.',
  dayEnded:
    'Only {customers} customers came that day, fewer than the {allowed} you allowed: an exercise with a day profile stops when the day ends.',
  seedHint:
    'The same settings and seed always give the same run: share the seed and students can reproduce it exactly.',
  loadNote: 'Load per server ρ = {load}.',
  peakLoadNote: 'In the busiest spell of the day ρ = {load}.',
  overloadNote:
    'Load per server ρ = {load}, 1 or more: the servers cannot keep up, and unless people leave the line grows for as long as the run lasts.',
  leversLegend: 'While customers wait (tick what is true of the scene)',
  unfairNote:
    'Fairness is not a switch: a customer the run shows was served after a later arrival feels the wait × {factor}.',
  run: 'Run the simulation',
  running: 'Simulating…',
  progressLabel: 'Simulation progress',
  progressText: '{share} simulated',
  notRun: 'Not run yet: choose an exercise and settings, then press “Run the simulation”.',
  pendingChanges: 'The settings have changed: press “Run the simulation” to see the new results.',
  staleNotice: 'Some input needs fixing; the results below are still from the last run.',
  runFailed: 'The simulation did not finish: {reason}. Try fewer customers.',
  resultsHeading: 'Results',
  runFacts: 'This run simulated {customers} customers over {minutes} minutes, seed {seed}.',
  measures: {
    meanWait: 'Mean wait',
    medianWait: 'Median wait',
    p95Wait: '95th percentile wait',
    utilisation: 'Server utilisation',
    balked: 'Walked away',
    reneged: 'Gave up',
    overtakes: 'Overtaken',
    overTolerance: 'Felt longer than acceptable',
  },
  waitValue: 'actual {actual} min, perceived {perceived} min',
  explain: {
    meanWait:
      'Customers who were served waited {actual} minutes in line on average, and it felt like {perceived} minutes.',
    medianWait: 'Half the customers waited {actual} minutes or less, and it felt like {perceived} minutes or less.',
    p95Wait: '95% of customers waited {actual} minutes or less (it felt like {perceived}); the other 5% waited longer.',
    noWait: 'No customer was served, so there are no waits to summarise.',
    utilisation: 'The servers were busy serving customers {share} of the time.',
    balked: '{share} of customers saw a line too long and left without joining it.',
    reneged: '{share} of customers joined a line and later gave up.',
    overtakes:
      'A later arrival was served first {count} times; {share} of customers in line were overtaken at least once.',
    noOvertakes: 'Nobody was overtaken: everyone was served in the order they arrived.',
    overTolerance: '{share} of customers in line felt they waited longer than the {tolerance} minutes they accept.',
  },
  announce:
    'Simulation finished: mean wait {actual} minutes actual, {perceived} perceived; {share} of customers in line felt they waited longer than they accept.',
  queueChart: {
    title: 'People waiting over time',
    description:
      'Step chart: simulated time in minutes across, people waiting in all lines up; the solid line is the average over each stretch of time, the dashed line the most at any moment of it.',
    axisMinutes: 'minutes',
    axisLength: 'people waiting',
    average: 'average',
    peak: 'most',
    sentence:
      'Over the run {mean} people were waiting on average; the line was longest, {peak} people, around minute {minute}.',
  },
  waitChart: {
    title: 'How long customers waited: actual and perceived',
    description:
      'Paired bars: for each range of waits, the solid bar is the share of customers whose actual wait fell in it, the hatched bar the share whose perceived wait did.',
    axisWait: 'wait (minutes)',
    axisShare: 'share of customers',
    actual: 'actual',
    perceived: 'perceived',
    tableCaption: 'Distribution of waits (customers who were served)',
    columnRange: 'Wait (minutes)',
    columnActual: 'Share by actual wait',
    columnPerceived: 'Share by perceived wait',
    binRange: '{from}–{to}',
    binOpen: '{from} or more',
  },
  theory: {
    heading: 'Beside the formulas',
    intro: {
      'M/M/c':
        'This setting is an M/M/c queue: customers arrive at random (Poisson), wait in one line, and service times are exponential. Erlang’s C formula gives its long-run averages:',
      'M/M/1':
        'This setting is an M/M/1 queue: one server, customers arriving at random (Poisson), exponential service times. Erlang’s C formula (for one server, the M/M/1 formula) gives its long-run averages:',
      'M/D/1':
        'This setting is an M/D/1 queue: one server, customers arriving at random (Poisson), every service the same length. The Pollaczek–Khinchine formula gives its long-run averages:',
      'M/G/1':
        'This setting is an M/G/1 queue: one server, customers arriving at random (Poisson), service times that vary (coefficient of variation {cv}). The Pollaczek–Khinchine formula gives its long-run averages:',
    },
    tableCaption: 'The formula’s values beside this run’s',
    columnMeasure: 'Measure',
    columnFormula: 'Formula (long run)',
    columnRun: 'This run',
    meanWait: 'Mean wait (minutes)',
    waitShare: 'Share of customers who wait',
    meanQueue: 'Mean number waiting',
    utilisation: 'Server utilisation',
    blockedShare: 'Share of customers who leave',
    lossIntro:
      'Nobody in this setting will wait: whoever arrives while every server is busy leaves at once (an M/G/c/c loss system). Erlang’s B formula gives the share who leave, whatever the service times:',
    little:
      'Little’s law holds on this run: {rate} customers a minute starting service × {wait} minutes’ mean wait = {product} waiting on average; the run measured {queue}.',
    why: 'A formula describes an endless day in steady state; a run is one finite sample that starts with an empty room, so its figures scatter around the formula’s. The more customers you simulate, the closer they come; the nearer the load is to 100 %, the longer the line takes to settle and the more customers that takes.',
    unstable:
      'Load ρ = {load}: more work arrives than the servers can do, so no steady state exists and the formula has no answer; the line keeps growing the more customers you simulate.',
    none: {
      arrivals:
        'Arrivals in this setting are not random at one steady rate all day (a rush hour, or appointments), so no standard formula applies: only simulation answers.',
      impatience:
        'Customers in this setting give up, or leave on seeing the line; the standard formulas do not cover that, so only simulation answers.',
      lines:
        'With a line in front of each server, customers pick the shorter one; there is no exact formula for that, so only simulation answers.',
      service:
        'Several servers with service times that are not exponential (M/G/c) have no exact formula, only approximations, so this shows the simulation alone.',
    },
  },
  comparison: {
    heading: 'Compared with the previous run',
    firstRun: 'Change a setting or a lever and run again: the two runs will be compared here side by side.',
    changed: 'Changed: {changes}.',
    unchanged: 'Both runs used the same settings.',
    change: '{label} {before} → {after}',
    tableCaption: 'The previous run and this one',
    columnMeasure: 'Measure',
    columnBefore: 'Previous run',
    columnAfter: 'This run',
    chartTitle: 'Waits in the previous run and this one',
    chartDescription:
      'Paired horizontal bars: for each measure the solid upper bar is the previous run, the hatched lower bar this run, with its value at the end.',
    meanActual: 'Mean actual wait (min)',
    meanPerceived: 'Mean perceived wait (min)',
    p95Perceived: '95th percentile perceived wait (min)',
    on: 'on',
    off: 'off',
    levers: 'Situations',
  },
  animation: {
    heading: 'The line in motion',
    play: 'Play',
    pause: 'Pause',
    restart: 'Start again',
    speedLegend: 'Speed',
    speed: '{n} min a second',
    clock: 'Minute {minute}',
    counts: '{waiting} waiting · {served} served · {balked} walked away · {reneged} gave up',
    svgTitle: 'The line at minute {minute}',
    svgDescription:
      'Each dot is a customer waiting; each box is a server, with a dot inside while it serves someone. Lines move from left to right.',
    more: '{n} more',
    reducedMotion:
      'Your system asks for reduced motion, so instead of the animation this shows the moment the line was longest.',
    staticSummary:
      'The line was longest around minute {minute}: {waiting} people waiting and {busy} servers busy. By then {served} had been served, {balked} had walked away and {reneged} had given up.',
  },
  assumptions: {
    heading: 'Assumptions: the factor of each lever',
    lead: 'Perceived wait = actual wait × the product of the factors of the situations ticked; a customer overtaken by a later arrival also gets the unfairness factor. “The service is worth a lot” does not stretch the wait: it multiplies the wait customers accept. An instructor can change the factors; they apply from the next run.',
    columnLever: 'Situation',
    columnFactor: 'Factor',
    columnRationale: 'Why',
    columnSource: 'Source',
    illustrative: 'Illustrative teaching value: the literature gives the direction of the effect, not its size.',
    proposedBy: 'Proposition: {who}',
    measuredSource: 'Size measured in: {source}',
    factorLabel: 'Factor for “{lever}” ({min}–{max})',
    reset: 'Reset the factors',
    calibration:
      'The one measured size: {context} ({source}) The defaults are set from it: nothing to do, no idea how long, and waiting alone multiply to about 1.39.',
  },
};
