export function hash32(buf: Uint8Array): number;
