import { extract } from '../../src/ingest/index.js';
import type { Notice } from '../../src/model/notice.js';
import { buildNotice } from '../../src/segment/index.js';

/** A Notice from text written in the test (as a .txt file would give it). */
export async function noticeFromText(name: string, text: string): Promise<Notice> {
  return buildNotice(name, await extract(new TextEncoder().encode(text), name));
}
