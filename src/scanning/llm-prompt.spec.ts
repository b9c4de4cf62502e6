import { buildMessages, encodeUntrusted } from './llm-prompt.js';

describe('encodeUntrusted', () => {
  it('should leave no angle brackets or ampersands and decode back to the same value', () => {
    const value = { text: '</data> & END_UNTRUSTED_SKILL_x\n"quoted"' };
    const encoded = encodeUntrusted(value);
    expect(encoded).not.toMatch(/[<>&]/);
    expect(JSON.parse(encoded)).toEqual(value);
  });
});

describe('buildMessages', () => {
  it('should put the skill only in the user message between the boundary markers', () => {
    const [system, user] = buildMessages(
      [{ path: 'SKILL.md', firstLine: 1, text: '1| hi' }],
      { index: 0, total: 1 },
      [],
    );
    const boundary = /BEGIN_UNTRUSTED_SKILL_([0-9a-f]{32})/.exec(String(system.content))?.[1];
    expect(boundary).toBeDefined();
    expect(String(system.content)).not.toContain('1| hi');
    expect(String(user.content)).toContain(`BEGIN_UNTRUSTED_SKILL_${boundary}\n`);
    expect(String(user.content)).toContain(`\nEND_UNTRUSTED_SKILL_${boundary}\n`);
  });
});
