// Someone who reads Mend in English may write to their friend in Dutch. The checks read the
// words in the language they were written in, so a hedged Dutch apology is noticed and a sound
// one is recognised, and a harsh Dutch sentence gets its note (found in walkthrough 17, where
// the English lists passed "als je je gekwetst voelde, maar" and missed a sound apology).
import { describe, expect, it } from 'vitest';
import { pairInSpace, useAppInBrowser } from '../helpers/e2e.ts';

const app = useAppInBrowser();
const WAIT = { timeout: 10_000 };

describe('checks follow the language a person writes in', () => {
  it('reads a Dutch apology and a Dutch ground rule with the Dutch lists on an English page', async () => {
    const { alex, spaceUrl } = await pairInSpace(app.browser, app.server.url, { locale: 'en-GB' });
    await alex.page.goto(spaceUrl);
    await alex.page.getByRole('heading', { name: 'Our ground rules' }).waitFor(WAIT);

    const hints = alex.page.getByTestId('gentle-hints');
    await alex.page.getByTestId('ground-rules').fill('Jij doet altijd alsof er niets aan de hand is.');
    await expect.poll(() => hints.textContent(), WAIT).toContain('altijd');
    // The page stays English; the note that speaks about the Dutch words is marked as Dutch.
    expect(await hints.locator('.checks-title').textContent()).toBe('A few thoughts on how this might land');
    expect(await hints.locator('.hint-kind').first().getAttribute('lang')).toBe('nl');

    await alex.page.getByRole('button', { name: 'Write an apology' }).click();
    const box = alex.page.getByTestId('composer-apology');
    const item = (id: string) => alex.page.locator(`[data-testid="apology-checklist"] [data-item="${id}"]`);
    await box.fill('Het spijt me als je je gekwetst voelde, maar jij belde ook niet.');
    await expect.poll(() => item('ownsIt').getAttribute('data-state'), WAIT).toBe('flagged');
    await box.fill('Het spijt me dat ik niet op je verjaardag kwam. Je zat daardoor alleen op een dag die belangrijk voor je was.');
    await expect.poll(() => item('namesAct').getAttribute('data-state'), WAIT).toBe('met');
    await expect.poll(() => item('ownsIt').getAttribute('data-state'), WAIT).not.toBe('flagged');
    expect(await alex.page.locator('.apology-check .checks-title').textContent()).toBe('What an apology can hold');

    // English words on the same page are read with the English lists again.
    await box.fill("I'm sorry if you felt hurt, but you also stopped calling me.");
    await expect.poll(() => item('ownsIt').getAttribute('data-state'), WAIT).toBe('flagged');
    expect(await item('ownsIt').locator('.apology-label').getAttribute('lang')).toBeNull();
    await alex.context.close();
  });
});
