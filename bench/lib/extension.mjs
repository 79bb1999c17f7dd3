// Talking to the extension from one of its own pages, as the product's pages do.

export async function ask(page, verb, input) {
  const answer = await page.evaluate(([v, i]) => chrome.runtime.sendMessage({ rpc: v, input: i }), [verb, input]);
  if (!answer?.ok) throw new Error(`${verb} failed: ${JSON.stringify(answer)}`);
  return answer.value;
}

/** Opens an extension page with the benchmark's probes loaded into it. */
export async function openBenchPage(context, extensionId, probes, file = 'popup.html') {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  await page.evaluate(probes);
  return page;
}

/** Runs `run(chunk)` over the inputs in small chunks until done or `maxMs` has passed; concatenates the times. */
export async function timeChunks(inputs, chunk, maxMs, run) {
  const started = Date.now();
  const times = [];
  for (let i = 0; i < inputs.length && (i === 0 || Date.now() - started < maxMs); i += chunk) {
    times.push(...(await run(inputs.slice(i, i + chunk))));
  }
  return times;
}
