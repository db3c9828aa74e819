/**
 * @jest-environment jsdom
 */
import { AUTO_CLOSE_MS, showResultPage } from "../../src/commands/result";

function page(): Document {
  document.body.innerHTML = '<p id="summary"></p><button id="close" type="button">关闭</button>';
  return document;
}

test("the result page shows the sentence from its address and closes once on the button", () => {
  const close = jest.fn();
  const stop = showResultPage(page(), "?text=" + encodeURIComponent("检查完成：错误 2 项，警告 1 项"), close);
  expect(document.getElementById("summary")!.textContent).toBe("检查完成：错误 2 项，警告 1 项");
  document.getElementById("close")!.click();
  document.getElementById("close")!.click();
  expect(close).toHaveBeenCalledTimes(1);
  stop();
});

test("the result page closes itself when left alone", () => {
  jest.useFakeTimers();
  const close = jest.fn();
  showResultPage(page(), "?text=x", close);
  jest.advanceTimersByTime(AUTO_CLOSE_MS);
  expect(close).toHaveBeenCalledTimes(1);
  jest.useRealTimers();
});
