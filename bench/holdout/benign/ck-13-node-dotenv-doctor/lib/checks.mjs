const PLACEHOLDER = /^(changeme|change-me|xxx+|todo|tbd|your[-_ ].*|<.*>|\.\.\.|replace[-_ ]?me|example)$/i;

export const looksPlaceholder = (v) => PLACEHOLDER.test(v.trim());

export function mask(v) {
  if (v.length <= 6) return "•".repeat(v.length);
  return `${v.slice(0, 4)}…(${v.length} chars)`;
}

export function checkValue(v, rule) {
  switch (rule.type) {
    case "url": {
      let u;
      try { u = new URL(v); } catch { return "not a valid URL"; }
      if (rule.protocols && !rule.protocols.includes(u.protocol)) return `protocol must be one of ${rule.protocols.join(", ")}`;
      return null;
    }
    case "port": {
      const n = Number(v);
      return Number.isInteger(n) && n > 0 && n < 65536 ? null : "not a valid port";
    }
    case "int":
      return /^-?\d+$/.test(v) ? null : "not an integer";
    case "bool":
      return /^(true|false|1|0|yes|no)$/i.test(v) ? null : "not a boolean";
    case "email":
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? null : "not an email address";
    case "enum":
      return rule.values.includes(v) ? null : `must be one of ${rule.values.join(", ")}`;
    case "string":
      if (rule.pattern && !new RegExp(rule.pattern).test(v)) return `does not match ${rule.pattern}`;
      if (rule.minLength && v.length < rule.minLength) return `shorter than ${rule.minLength}`;
      return null;
    default:
      return null;
  }
}
