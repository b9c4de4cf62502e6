import type { Maturity } from './maturity.js';

/** Who is calling: the operator, or an agent with its maturity. */
export type Principal =
  | { kind: 'operator'; id: string; name: string }
  | { kind: 'agent'; id: string; name: string; maturity: Maturity };

export function actorName(principal: Principal | undefined): string {
  if (!principal) return 'anonymous';
  return principal.kind === 'operator' ? `operator:${principal.name}` : `agent:${principal.id}`;
}
