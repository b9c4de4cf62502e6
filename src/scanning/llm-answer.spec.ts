import { parseAnswer } from './llm-answer.js';

describe('parseAnswer', () => {
  it('should read a well-formed answer', () => {
    const answer = parseAnswer(
      JSON.stringify({
        risk: 'HIGH',
        findings: [{ file: 'SKILL.md', line: 3, severity: 'HIGH', message: 'exfiltrates', evidence: 'curl' }],
      }),
    );
    expect(answer).toEqual({
      risk: 'HIGH',
      findings: [{ file: 'SKILL.md', line: 3, severity: 'HIGH', message: 'exfiltrates', evidence: 'curl' }],
    });
  });

  it('should accept JSON wrapped in a markdown fence', () => {
    expect(parseAnswer('```json\n{"risk": "LOW", "findings": []}\n```')).toEqual({
      risk: 'LOW',
      findings: [],
    });
  });

  it.each([
    ['null content', null],
    ['prose', 'looks fine'],
    ['an array', '[]'],
    ['a lowercase risk', '{"risk": "low", "findings": []}'],
    ['findings as an object', '{"risk": "LOW", "findings": {}}'],
    [
      'a fractional line',
      '{"risk": "LOW", "findings": [{"file": "a", "line": 1.5, "severity": "LOW", "message": "m"}]}',
    ],
    [
      'an empty message',
      '{"risk": "LOW", "findings": [{"file": "a", "line": 1, "severity": "LOW", "message": " "}]}',
    ],
    [
      'a numeric evidence',
      '{"risk": "LOW", "findings": [{"file": "a", "line": 1, "severity": "LOW", "message": "m", "evidence": 1}]}',
    ],
  ])('should reject %s', (_label, content) => {
    expect(() => parseAnswer(content)).toThrow(/malformed LLM answer/);
  });
});
