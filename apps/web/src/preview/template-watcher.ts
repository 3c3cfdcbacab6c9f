import { type FSWatcher, watch } from "node:fs";
import { fileURLToPath } from "node:url";
import { clearEditionTemplates, TEMPLATES_PATH } from "@newsdesk/newsletter";

/** Watches the newsletter's templates (development only). */
export interface TemplateWatcher {
  close(): void;
}

/**
 * Calls `onChange` once per burst of edits in `packages/newsletter/templates` (editors write a
 * file in several steps), after dropping the compiled templates so the next render reads the
 * new ones.
 */
export function watchTemplates(
  onChange: () => void,
  options: { dir?: string; debounceMs?: number } = {},
): TemplateWatcher {
  const dir = options.dir ?? fileURLToPath(TEMPLATES_PATH);
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      clearEditionTemplates();
      onChange();
    }, options.debounceMs ?? 100);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
