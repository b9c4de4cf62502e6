import type { AnyRule } from '../rule.types.js';
import { CONTAINER_ESCAPE_RULES } from './container-escape.rules.js';
import { CREDENTIAL_RULES } from './credential.rules.js';
import { DECLARED_RULES } from './declared.rules.js';
import { DROPPER_RULES } from './dropper.rules.js';
import { EXFIL_CHANNEL_RULES } from './exfil-channels.rules.js';
import { EXFILTRATION_RULES } from './exfiltration.rules.js';
import { INSTALLER_RULES } from './installer.rules.js';
import { MCP_CONFIG_RULES } from './mcp-config.rules.js';
import { MINING_RULES } from './mining.rules.js';
import { OBFUSCATION_RULES } from './obfuscation.rules.js';
import { PERMISSION_RULES } from './permissions.rules.js';
import { PERSISTENCE_RULES } from './persistence.rules.js';
import { PROMPT_INJECTION_RULES } from './prompt-injection.rules.js';
import { REVERSE_SHELL_RULES } from './reverse-shell.rules.js';
import { SECRET_RULES } from './secrets.rules.js';
import { SUPPLY_CHAIN_RULES } from './supply-chain.rules.js';
import { TAMPER_RULES } from './tamper.rules.js';
import { UNICODE_RULES } from './unicode.rules.js';

/** Every rule, one family file each. Pattern regexes are made global once here. */
export const ALL_RULES: AnyRule[] = [
  ...DROPPER_RULES,
  ...INSTALLER_RULES,
  ...CREDENTIAL_RULES,
  ...EXFILTRATION_RULES,
  ...EXFIL_CHANNEL_RULES,
  ...REVERSE_SHELL_RULES,
  ...PERSISTENCE_RULES,
  ...OBFUSCATION_RULES,
  ...MINING_RULES,
  ...CONTAINER_ESCAPE_RULES,
  ...PROMPT_INJECTION_RULES,
  ...UNICODE_RULES,
  ...PERMISSION_RULES,
  ...TAMPER_RULES,
  ...SECRET_RULES,
  ...SUPPLY_CHAIN_RULES,
  ...DECLARED_RULES,
  ...MCP_CONFIG_RULES,
].map((r) =>
  (r.type === 'pattern' || r.type === 'signal') && !r.pattern.global
    ? { ...r, pattern: new RegExp(r.pattern.source, r.pattern.flags + 'g') }
    : r,
);
