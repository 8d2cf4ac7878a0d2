/**
 * Erlang's two formulas for c servers offered a = λ/μ erlangs of Poisson traffic. Erlang B is the
 * share of customers turned away when nobody may wait (M/M/c/c; it holds for any service-time
 * distribution); Erlang C the share who must wait when everyone waits in one line (M/M/c).
 */

/** Erlang B by the standard recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), stable for large c. */
export function erlangB(servers: number, offered: number): number {
  let blocked = 1;
  for (let k = 1; k <= servers; k++) blocked = (offered * blocked) / (k + offered * blocked);
  return blocked;
}

/** Erlang C from Erlang B: C = c·B / (c − a·(1 − B)); only for a < c (otherwise the line grows without end). */
export function erlangC(servers: number, offered: number): number {
  const blocked = erlangB(servers, offered);
  return (servers * blocked) / (servers - offered * (1 - blocked));
}
