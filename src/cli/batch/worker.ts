import { parentPort } from "worker_threads";
import { checkOne, type CheckOneOptions } from "./check-one";

export interface WorkerTask {
  index: number;
  file: string;
  options: CheckOneOptions;
}

// One worker checks files one at a time; the pool hands it the next file when it answers.
parentPort?.on("message", (task: WorkerTask) => {
  void checkOne(task.file, task.options).then((row) => parentPort!.postMessage({ index: task.index, row }));
});
