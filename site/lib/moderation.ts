/** A campaigner's reason for rejecting, sent to the signer or author and kept in the audit log. */
export const reasonMax = 1000;

/** A decision the queue pages post: which item, and what to do with it. */
export type Posted = { id: number; decision: string; form: FormData };

/** The item and decision a queue form posted, or undefined for a form no page of ours sends. */
export async function readDecision(request: Request, decisions: readonly string[]): Promise<Posted | undefined> {
  const form = await request.formData().catch(() => new FormData());
  const id = Number(form.get('id'));
  const decision = String(form.get('decision') ?? '');
  if (!Number.isSafeInteger(id) || id <= 0 || !decisions.includes(decision)) return undefined;
  return { id, decision, form };
}

/** The reason as typed, trimmed, and what is wrong with it, if anything, in the page's words. */
export function checkReason(form: FormData, words: { missing: string; tooLong: (max: number) => string }) {
  const reason = String(form.get('reason') ?? '').trim();
  if (reason === '') return { reason, error: words.missing };
  if ([...reason].length > reasonMax) return { reason, error: words.tooLong(reasonMax) };
  return { reason, error: undefined };
}
