import { type EncodedTemplate, encodeTemplate } from "@newsdesk/mail";
import {
  type Edition,
  type RenderOptions,
  renderSegment,
  type Segment,
  type SegmentTemplate,
  type SlotName,
} from "@newsdesk/newsletter";

/** What one segment's render needs: plain data, so it can be posted to a worker thread. */
export interface SegmentRenderTask {
  edition: Edition;
  segment: Segment;
  options: RenderOptions;
}

/** A segment's compiled template, with its parts quoted-printable encoded for sending. */
export interface RenderedSegmentParts {
  template: SegmentTemplate;
  html: EncodedTemplate<SlotName>;
  text: EncodedTemplate<SlotName>;
}

/**
 * Compiles a segment's MJML and encodes its parts, or null when it has nothing to show. Runs
 * on the main thread or as the render pool's task (`createRenderPool`): the same function
 * either way, so the email is byte for byte the same.
 */
export async function renderSegmentParts(
  task: SegmentRenderTask,
): Promise<RenderedSegmentParts | null> {
  const template = await renderSegment(task.edition, task.segment, task.options);
  if (!template) return null;
  return { template, html: encodeTemplate(template.html), text: encodeTemplate(template.text) };
}
