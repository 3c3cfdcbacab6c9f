import { encode, wrap } from "nodemailer/lib/qp";

/** A message body already quoted-printable encoded (lines of at most 76 characters). */
export interface EncodedBody {
  quotedPrintable: string;
}

/**
 * A body cut at its per-recipient slots (`chunks[0] slot[0] chunks[1] ...`) whose fixed text
 * is quoted-printable encoded once: filling it encodes only the slot values. For a newsletter
 * sent to thousands, that is most of the encoding work done once instead of per message.
 */
export interface EncodedTemplate<Slot extends string> {
  readonly chunks: readonly string[];
  readonly slots: readonly Slot[];
}

export function encodeTemplate<Slot extends string>(body: {
  chunks: readonly string[];
  slots: readonly Slot[];
}): EncodedTemplate<Slot> {
  const last = body.chunks.length - 1;
  return {
    chunks: body.chunks.map((chunk, index) => encodePiece(chunk, index === last)),
    slots: [...body.slots],
  };
}

/** The template with each slot's value encoded in its place. */
export function fillEncoded<Slot extends string>(
  template: EncodedTemplate<Slot>,
  values: Readonly<Record<Slot, string>>,
): EncodedBody {
  let out = template.chunks[0] ?? "";
  for (let i = 0; i < template.slots.length; i++) {
    out += encodePiece(values[template.slots[i] as Slot], false) + (template.chunks[i + 1] ?? "");
  }
  return { quotedPrintable: out };
}

/**
 * One piece of a body, encoded and wrapped on its own. A piece that does not end a line ends
 * with a soft line break, so the next piece starts a fresh line and no joined line can pass 76
 * characters; a soft break anywhere is legal quoted-printable, and readers join it away.
 */
function encodePiece(text: string, endsBody: boolean): string {
  if (text === "") return "";
  // CRLF already, as SMTP wants: the transport then copies the body instead of splicing in a
  // CR at every line end of every message.
  // 75, not 76: the soft break added after the last line takes one more character.
  const encoded = wrap(encode(text.replace(/\r?\n/g, "\r\n")), 75);
  return endsBody || encoded.endsWith("\n") ? encoded : `${encoded}=\r\n`;
}
