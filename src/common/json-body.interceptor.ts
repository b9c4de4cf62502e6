import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  Injectable,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

interface SerializedBody {
  json: string;
  etag: string;
}

/** JSON text and ETag of answers that are served again as the same object (remembered list pages). */
const serialized = new WeakMap<object, SerializedBody>();

/**
 * Sends object answers as JSON text with their ETag, both computed once per answer object: a
 * remembered page (the same object for every request until its generation moves) is then neither
 * stringified nor hashed again, where Express's `res.json` would do both on every request. The
 * text and the ETag are what `res.json` would send (`JSON.stringify`, a weak SHA-1 ETag), so
 * conditional requests (`If-None-Match` → 304) work as before.
 */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(map((body: unknown) => this.serialize(response, body)));
  }

  private serialize(response: Response, body: unknown): unknown {
    if (!isPlainAnswer(body) || response.getHeader('Content-Type') !== undefined) return body;
    let known = serialized.get(body);
    if (!known) {
      const json = JSON.stringify(body);
      known = { json, etag: weakEtag(json) };
      serialized.set(body, known);
    }
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('ETag', known.etag);
    return known.json;
  }
}

function isPlainAnswer(body: unknown): body is object {
  return (
    typeof body === 'object' &&
    body !== null &&
    !(body instanceof StreamableFile) &&
    !(body instanceof Readable) &&
    !Buffer.isBuffer(body)
  );
}

/** The ETag Express gives a body: weak, its byte length in hex and its SHA-1 in base64. */
function weakEtag(json: string): string {
  const length = Buffer.byteLength(json);
  const hash = createHash('sha1').update(json, 'utf8').digest('base64').substring(0, 27);
  return `W/"${length.toString(16)}-${hash}"`;
}
