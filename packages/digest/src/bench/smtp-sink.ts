// An SMTP sink in a process of its own for `npm run bench`: accepts every message and discards
// it. Prints `listening PORT` when ready and `accepted N` when it gets SIGTERM.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

let accepted = 0;
const server = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  // No DNS lookup of each client: the bench measures the sender, not the sink.
  disableReverseLookup: true,
  onData(stream, _session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      accepted++;
      callback();
    });
  },
});
server.on("error", () => {
  // A client dropping its connection: nothing to report.
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening ${(server.server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => {
  process.stdout.write(`accepted ${accepted}\n`);
  server.close(() => process.exit(0));
});
