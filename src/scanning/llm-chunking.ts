/** A run of consecutive lines from one file, rendered with line numbers so the reviewer can cite them. */
export interface ChunkPart {
  path: string;
  firstLine: number;
  text: string;
}

export interface ReviewFile {
  path: string;
  text: string;
}

/** Splits files into chunks whose rendered text stays within maxChars (each part is numbered lines). */
export function chunkFiles(files: ReviewFile[], maxChars: number): ChunkPart[][] {
  const limit = Math.max(200, maxChars);
  const chunks: ChunkPart[][] = [];
  let current: ChunkPart[] = [];
  let size = 0;
  for (const part of files.flatMap((file) => splitFile(file, limit))) {
    if (size + part.text.length > limit && current.length > 0) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += part.text.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function splitFile(file: ReviewFile, limit: number): ChunkPart[] {
  const parts: ChunkPart[] = [];
  let lines: string[] = [];
  let firstLine = 1;
  let size = 0;
  const flush = (nextLine: number): void => {
    if (lines.length > 0) parts.push({ path: file.path, firstLine, text: lines.join('\n') });
    lines = [];
    size = 0;
    firstLine = nextLine;
  };
  file.text.split(/\r?\n/).forEach((line, index) => {
    const lineNo = index + 1;
    for (const piece of numberedPieces(line, lineNo, limit)) {
      if (size + piece.length + 1 > limit) flush(lineNo);
      lines.push(piece);
      size += piece.length + 1;
    }
  });
  flush(0);
  return parts;
}

/** A line longer than the limit (minified code, a payload) is cut into pieces that keep its number. */
function numberedPieces(line: string, lineNo: number, limit: number): string[] {
  const prefix = `${lineNo}| `;
  const room = limit - prefix.length - 1;
  if (line.length <= room) return [prefix + line];
  const pieces: string[] = [];
  for (let at = 0; at < line.length; at += room) pieces.push(prefix + line.slice(at, at + room));
  return pieces;
}
