// A full round in two Chromium contexts: share, write back what was heard, "that's it",
// swap; one friend goes offline in the middle of a draft and sends once back online; the
// apology checklist reacts as one types.
import { describe, expect, it } from 'vitest';
import { snap } from '../helpers/browser.ts';
import { pairInSpace, type Friend, useAppInBrowser } from '../helpers/e2e.ts';

const app = useAppInBrowser();

const eventsOf = async (spaceId: string) => (await app.server.deps.store.events(spaceId));

async function agreeRules(alex: Friend, sam: Friend) {
  await alex.page.getByTestId('ground-rules').click();
  await alex.page.keyboard.type('We speak about today.');
  await expect.poll(() => sam.page.getByTestId('ground-rules').inputValue(), { timeout: 10_000 }).toBe('We speak about today.');
  await alex.page.getByRole('button', { name: 'I agree to these' }).click();
  await expect.poll(() => sam.page.getByTestId('rules-state').textContent(), { timeout: 10_000 }).toContain('agreed to these words');
  await sam.page.getByRole('button', { name: 'I agree to these' }).click();
}

describe('a round at each one\'s pace', () => {
  it('shares, hears, confirms and swaps; an offline answer goes out once when back online', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    await agreeRules(alex, sam);

    // The invitee speaks first.
    const prompt = sam.page.getByTestId('prompt');
    await prompt.waitFor({ timeout: 10_000 });
    const firstPrompt = (await prompt.locator('.prompt-text').textContent()) ?? '';
    expect(firstPrompt.length).toBeGreaterThan(0);
    // Nothing is finished yet, so there is nothing earlier to show.
    expect(await sam.page.getByTestId('earlier').count()).toBe(0);
    await sam.page.getByTestId('composer-share').fill('I have been tired, and I missed our walks.');
    await snap(sam.page, '10-share-phone');
    await sam.page.getByRole('button', { name: 'Send', exact: true }).click();

    // Alex must write back what was heard before anything else.
    await alex.page.getByTestId('composer-hear').waitFor({ timeout: 10_000 });
    await snap(alex.page, '11-hear-desktop');
    await alex.page.getByTestId('composer-hear').fill('You have been tired, and you missed our walks.');
    await alex.page.getByRole('button', { name: 'Send what I heard' }).click();

    // "Not quite" says who will read the clarification, and leads back if pressed by mistake.
    await sam.page.getByRole('button', { name: 'Not quite' }).click({ timeout: 10_000 });
    await sam.page.getByText(`${alex.name} will see this when you send it.`).waitFor({ timeout: 5_000 });
    await sam.page.getByRole('button', { name: "Go back to “That's it”" }).click();
    await sam.page.getByRole('button', { name: "That's it" }).click({ timeout: 10_000 });

    // Roles swap on the same prompt: Alex answers; Alex goes offline mid-draft.
    await alex.page.getByTestId('composer-share').waitFor({ timeout: 10_000 });
    await alex.context.setOffline(true);
    // The browser knows at once, and so does the page: no waiting for the socket's own 30 s timeout.
    // With no network it says so, rather than "Reconnecting".
    await alex.page.getByTestId('offline-notice').waitFor({ timeout: 5_000 });
    expect(await alex.page.getByTestId('offline-notice').textContent()).toBe('You are offline. What you write is kept here and goes out when you are back.');
    expect(await alex.page.getByText('Reconnecting.').count()).toBe(0);
    await alex.page.getByTestId('composer-share').fill('I was scared to write first.');
    await alex.page.getByRole('button', { name: 'Send', exact: true }).click();
    await alex.page.getByText('Saved on this device').waitFor({ timeout: 10_000 });
    expect((await eventsOf(spaceId)).filter((e) => e.type === 'shared')).toHaveLength(1);
    // The words stay in place, in the thread, marked as not out yet; no second answer is asked for.
    const waitingEntry = alex.page.locator('.thread .entry.not-sent');
    await waitingEntry.waitFor({ timeout: 5_000 });
    expect(await waitingEntry.innerText()).toContain('I was scared to write first.');
    expect(await waitingEntry.getByTestId('unsent').textContent()).toBe('Waiting to go out');
    expect(await alex.page.getByTestId('composer-share').count()).toBe(0);
    await alex.context.setOffline(false);
    // And back online, a connection is tried at once.
    await alex.page.getByTestId('offline-notice').waitFor({ state: 'detached', timeout: 5_000 });
    await alex.page.getByText('Reconnecting.').waitFor({ state: 'detached', timeout: 5_000 });

    // Back online, it goes out once and Sam sees it without reloading.
    await sam.page.getByTestId('composer-hear').waitFor({ timeout: 15_000 });
    await expect.poll(() => sam.page.locator('.thread').last().textContent(), { timeout: 10_000 }).toContain('I was scared to write first.');
    expect((await eventsOf(spaceId)).filter((e) => e.type === 'shared')).toHaveLength(2);
    // Sent, so the "saved on this device" notice goes (issue 9, item 14).
    await alex.page.getByText('Saved on this device').waitFor({ state: 'detached', timeout: 10_000 });
    // On Alex's screen too: once, and no longer marked.
    await alex.page.getByTestId('unsent').waitFor({ state: 'detached', timeout: 10_000 });
    expect((await alex.page.locator('.thread').first().innerText()).split('I was scared to write first.').length - 1).toBe(1);
    await sam.page.getByTestId('composer-hear').fill('You were scared to write first.');
    await sam.page.getByRole('button', { name: 'Send what I heard' }).click();
    await alex.page.getByRole('button', { name: "That's it" }).click({ timeout: 10_000 });

    // Both were ready, so the next prompt opened; Alex speaks first this time.
    await expect.poll(async () => (await eventsOf(spaceId)).filter((e) => e.type === 'prompt-opened').length, { timeout: 10_000 }).toBe(2);
    await alex.page.getByTestId('composer-share').waitFor({ timeout: 10_000 });
    await snap(alex.page, '12-next-prompt');

    // The finished prompt stays, folded under "Earlier prompts", with everything said on it.
    expect(await alex.page.getByTestId('prompt').locator('.prompt-text').textContent()).not.toBe(firstPrompt);
    const earlier = alex.page.getByTestId('earlier');
    await earlier.getByText('Earlier prompts').click({ timeout: 10_000 });
    const finished = earlier.getByTestId('earlier-prompt');
    await finished.first().waitFor({ state: 'visible', timeout: 5_000 });
    expect(await finished.count()).toBe(1);
    const said = await finished.innerText();
    for (const words of [firstPrompt, 'I have been tired, and I missed our walks.', 'You have been tired, and you missed our walks.',
      'I was scared to write first.', 'You were scared to write first.']) expect(said).toContain(words);
    expect(said).toContain('You answered');
    expect(said).toContain(`${sam.name} answered`);
    const kinds = (await eventsOf(spaceId)).map((e) => e.type);
    expect(kinds.filter((k) => k === 'shared')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'heard')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'confirmed')).toHaveLength(2);
  });

  it('shows the apology checklist reacting as one types, privately', async () => {
    const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await alex.page.getByRole('button', { name: 'Write an apology' }).click();
    const box = alex.page.getByTestId('composer-apology');
    const item = (id: string) => alex.page.locator(`[data-testid="apology-checklist"] [data-item="${id}"]`);
    await box.fill('I am sorry if you felt hurt.');
    await expect.poll(() => item('ownsIt').getAttribute('data-state'), { timeout: 5000 }).toBe('flagged');
    // The words come before what is said about them, as in the gentle notes.
    expect(await item('ownsIt').locator('.apology-head + p').getAttribute('class')).toBe('hint-quote');
    await box.fill('I am sorry I missed your birthday dinner. It left you alone on a day that mattered to you.');
    await expect.poll(() => item('namesAct').getAttribute('data-state'), { timeout: 5000 }).toBe('met');
    await expect.poll(() => item('namesEffect').getAttribute('data-state'), { timeout: 5000 }).toBe('met');
    await expect.poll(() => item('ownsIt').getAttribute('data-state'), { timeout: 5000 }).not.toBe('flagged');
    await snap(alex.page, '13-apology-checklist');
    await alex.page.getByRole('button', { name: 'Send my apology' }).click();

    await sam.page.goto(spaceUrl);
    await sam.page.getByTestId('apology').waitFor({ timeout: 10_000 });
    // Sam sees the words, never the checklist; and there is no forgive button anywhere.
    expect(await sam.page.getByTestId('apology-checklist').count()).toBe(0);
    expect(await sam.page.getByRole('button', { name: /forgive/i }).count()).toBe(0);
    // "What I still need is" asks for the words that finish it, and they are checked as gently as any.
    const send = sam.page.getByRole('button', { name: 'Send my answer' });
    // Sam is told who reads the answer before sending it.
    await sam.page.locator('form.answer').getByText(`${alex.name} will see your answer and these words when you send them.`).waitFor({ timeout: 5_000 });
    await sam.page.getByLabel('What I still need is', { exact: true }).check();
    expect(await send.isDisabled()).toBe(true);
    const words = sam.page.getByTestId('apology-answer-words');
    expect(await words.getAttribute('required')).not.toBeNull();
    await words.fill('You owe me an explanation.');
    await expect.poll(() => sam.page.locator('form.answer').getByTestId('gentle-hints').textContent(), { timeout: 5000 }).toContain('You owe me');
    // A wording no rule lists, which the trained model reads as an ultimatum: a note of its
    // own, quoting the words that weighed most, and saying it is only a guess.
    await words.fill("I'm selling the bike unless you pay your share.");
    await expect.poll(() => sam.page.locator('form.answer').getByTestId('gentle-hints').textContent(), { timeout: 5000 }).toContain("It's only a guess");
    expect(await sam.page.locator('form.answer').getByTestId('gentle-hints').textContent()).toContain('You wrote “selling the bike unless you pay”.');
    await words.fill('   ');
    expect(await send.isDisabled()).toBe(true);
    await sam.page.getByLabel('Part of it lands').check();
    await sam.page.getByLabel('In your own words (optional)').fill('I needed to hear the part about the dinner.');
    await send.click();
    await expect.poll(() => alex.page.getByTestId('apology-answer').textContent(), { timeout: 10_000 }).toContain('Part of it lands');
  });

  it('notes what the rules find while the trained model has not come (or cannot), and adds its guesses once it has', async () => {
    // No service worker, so the chunk is fetched where this test can hold it back.
    const { alex, spaceUrl } = await pairInSpace(app.browser, app.server.url, { serviceWorkers: 'block' });
    // Hold the model's chunk back: the rules must not wait for it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await alex.page.route(/\/assets\/model-[^/]+\.js$/, async (route) => { await held; await route.continue(); });
    await alex.page.goto(spaceUrl);
    const rules = alex.page.getByTestId('ground-rules');
    const hints = alex.page.getByTestId('gentle-hints');
    await rules.fill("You owe me an explanation. I'm selling the bike unless you pay your share.");
    await expect.poll(() => hints.textContent(), { timeout: 10_000 }).toContain('You owe me');
    expect(await hints.textContent()).not.toContain("It's only a guess");
    release();
    await expect.poll(() => hints.textContent(), { timeout: 10_000 }).toContain("It's only a guess");
    expect(await hints.textContent()).toContain('You owe me');
  });

  it('shows the rules\' apology checklist while its trained model has not come, and adds the model\'s guesses, worded as guesses, once it has', async () => {
    const { alex, spaceUrl } = await pairInSpace(app.browser, app.server.url, { serviceWorkers: 'block' });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await alex.page.route(/\/assets\/apology-model-[^/]+\.js$/, async (route) => { await held; await route.continue(); });
    await alex.page.goto(spaceUrl);
    await alex.page.getByRole('button', { name: 'Write an apology' }).click();
    const item = (id: string) => alex.page.locator(`[data-testid="apology-checklist"] [data-item="${id}"]`);
    // What it did to them, in words no effect phrase lists: the model reads it, the rules do not.
    await alex.page.getByTestId('composer-apology').fill("I'm sorry I told the team about your divorce. People went quiet when you walked into the kitchen.");
    await expect.poll(() => item('namesAct').getAttribute('data-state'), { timeout: 10_000 }).toBe('met');
    expect(await item('namesEffect').getAttribute('data-state')).toBe('missing');
    expect(await item('namesEffect').textContent()).not.toContain("It's only a guess");
    release();
    await expect.poll(() => item('namesEffect').getAttribute('data-state'), { timeout: 10_000 }).toBe('met');
    expect(await item('namesEffect').getAttribute('data-guess')).toBe('true');
    expect(await item('namesEffect').textContent()).toContain("It's only a guess: you know best what you meant.");
    // What the rules found stays theirs.
    expect(await item('namesAct').getAttribute('data-guess')).toBeNull();
  });

  it('greets a returning friend with what changed since they were last here', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    await agreeRules(alex, sam);
    await sam.page.getByTestId('composer-share').waitFor({ timeout: 10_000 });
    // Alex leaves; the page records what Alex has seen.
    await expect.poll(async () => (await eventsOf(spaceId)).filter((e) => e.type === 'prompt-opened').length, { timeout: 10_000 }).toBe(1);
    await alex.page.goto(`${app.server.url}/`);
    await sam.page.getByTestId('composer-share').fill('Things have been quiet here.');
    await sam.page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(async () => (await eventsOf(spaceId)).some((e) => e.type === 'shared'), { timeout: 10_000 }).toBe(true);
    await alex.page.goto(spaceUrl);
    const since = alex.page.getByTestId('since');
    await since.waitFor({ timeout: 10_000 });
    expect(await since.textContent()).toContain('answered a prompt');
    expect(await since.textContent()).not.toContain('agreed to the ground rules');
    await snap(alex.page, '14-since-last-here');
  });

  it('counts what arrived while the space was open and in view as seen, across its tabs and a reload', async () => {
    const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    await agreeRules(alex, sam);
    // Sam has been here before, so there is a summary to take on opening.
    await sam.page.goto(`${app.server.url}/`);
    await sam.page.goto(spaceUrl);
    const since = sam.page.getByTestId('since');
    await since.waitFor({ timeout: 10_000 });
    await sam.page.getByTestId('composer-share').waitFor({ timeout: 10_000 });
    await sam.page.getByTestId('composer-share').fill('Things have been quiet here.');
    await sam.page.getByRole('button', { name: 'Send', exact: true }).click();
    // Alex's words arrive while Sam watches: seen live, not news.
    await alex.page.getByTestId('composer-hear').fill('It has been quiet for you.');
    await alex.page.getByRole('button', { name: 'Send what I heard' }).click();
    await sam.page.getByRole('button', { name: "That's it" }).waitFor({ timeout: 10_000 });
    expect(await since.textContent()).not.toContain('wrote back what they heard');
    const nav = sam.page.getByRole('navigation', { name: 'In this space' });
    await nav.getByRole('link', { name: 'Meeting and rebuilding' }).click();
    await sam.page.getByRole('heading', { level: 1, name: /^Meeting and rebuilding/ }).waitFor({ timeout: 10_000 });
    await nav.getByRole('link', { name: 'Talking' }).click();
    await sam.page.getByRole('button', { name: "That's it" }).waitFor({ timeout: 10_000 });
    expect(await sam.page.getByTestId('since').textContent()).not.toContain(`${alex.name}`);
    await sam.page.reload();
    await sam.page.getByRole('button', { name: "That's it" }).waitFor({ timeout: 10_000 });
    await sam.page.getByTestId('since').waitFor({ timeout: 10_000 });
    expect(await sam.page.getByTestId('since').textContent()).toContain('Nothing new since you were last here.');
  });
});

describe('listening first', () => {
  it('says, once the invitee hands the first turn over, who answers first; the history keeps each day whole (walk 19)', async () => {
    const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    await sam.page.getByRole('button', { name: `Let ${alex.name} go first` }).click({ timeout: 10_000 });
    await expect.poll(() => sam.page.getByTestId('handed-over').textContent(), { timeout: 10_000 })
      .toBe(`You chose to listen first. ${alex.name} answers the first prompt.`);
    await agreeRules(alex, sam);
    await alex.page.getByTestId('composer-share').waitFor({ timeout: 10_000 });
    expect(await sam.page.getByTestId('handed-over').count()).toBe(0);
    // The history's days stay whole, not "30 / November 2026" across two lines on a phone.
    expect(await sam.page.getByTestId('history').locator('time').first().evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
  });
});

describe('beginning without ground rules', () => {
  it('lets both agree to none, and says so instead of "these ground rules"', async () => {
    const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    await alex.page.getByText('No ground rules are written yet.', { exact: false }).waitFor({ timeout: 10_000 });
    await alex.page.getByRole('button', { name: 'Agree to begin without them' }).click();
    await expect.poll(() => sam.page.getByTestId('rules-state').textContent(), { timeout: 10_000 })
      .toBe(`${alex.name} agreed to begin without ground rules. You can agree too, or write some first.`);
    await sam.page.getByRole('button', { name: 'Agree to begin without them' }).click();
    await expect.poll(() => alex.page.getByTestId('rules-state').textContent(), { timeout: 10_000 })
      .toBe('You both chose to begin without ground rules. You can still write some together at any time.');
    await sam.page.getByTestId('prompt').waitFor({ timeout: 10_000 });
  });
});
