import { parentPort } from "worker_threads";
import { type CheckWorkbookOptions } from "../../core/check";
import { checkOne } from "./check-one";

export interface WorkerTask {
  index: number;
  file: string;
  options: CheckWorkbookOptions;
}

// One worker checks files one at a time; the pool hands it the next file when it answers.
parentPort?.on("message", (task: WorkerTask) => {
  void checkOne(task.file, task.options).then((report) =>
    parentPort!.postMessage({ index: task.index, report }),
  );
});
