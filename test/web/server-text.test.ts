import { describe, expect, it } from 'vitest';
import { defaultStatusNames } from '../../src/contacts/statuses.js';
import { problemCodes } from '../../src/http/problem.js';
import { ApiError } from '../../web/src/api/client.js';
import { columnNameText, errorText, fieldErrorText, planNameText } from '../../web/src/i18n/server-text.js';
import { serverTextsDe } from '../../web/src/i18n/server-texts-de.js';
import { serverTextsEn } from '../../web/src/i18n/server-texts-en.js';

/** The dashboard's sentences for what the server sends as codes and ids (decision 0057). */
describe('server texts in the user’s language', () => {
  it('has a sentence for every problem code the server can answer, in both languages', () => {
    for (const code of problemCodes) {
      expect(serverTextsEn.problems, code).toHaveProperty(code);
      expect(serverTextsDe.problems, code).toHaveProperty(code);
    }
  });

  it('knows the columns a new account starts with, as the server names them', () => {
    expect(Object.keys(serverTextsEn.defaultColumns)).toEqual([...defaultStatusNames]);
    expect(defaultStatusNames.map((name) => columnNameText(serverTextsDe, name))).toEqual([
      'Neu',
      'Kontaktiert',
      'Qualifiziert',
      'Gewonnen',
      'Verloren',
    ]);
    // A column someone named keeps its name, whatever the language.
    expect(columnNameText(serverTextsDe, 'Angebot raus')).toBe('Angebot raus');
    expect(columnNameText(serverTextsDe, 'constructor')).toBe('constructor');
  });

  it('says a problem by its code, a single field error by its field and code, the server’s text last', () => {
    const channel = new ApiError(400, 'validation_failed', 'email sending is not set up for this account', [
      { field: '/channel', code: 'invalid', message: 'email sending is not set up for this account' },
    ]);
    expect(errorText(serverTextsDe, channel)).toBe(
      'Der Versand über diesen Kanal ist für dieses Konto nicht eingerichtet',
    );
    expect(errorText(serverTextsDe, new ApiError(409, 'month_closed', 'the usage month is closed'))).toBe(
      'Dieser Nutzungsmonat ist abgeschlossen und kann sich nicht mehr ändern.',
    );
    const unplaced = new ApiError(400, 'validation_failed', 'body/limit must be <= 500', [
      { field: 'querystring.limit', code: 'maximum', message: 'must be <= 500' },
    ]);
    expect(errorText(serverTextsDe, unplaced)).toBe(
      'Einige Eingaben sind ungültig. querystring.limit: Zu groß.',
    );
    // A code this dashboard does not know yet: the server's own text rather than nothing.
    expect(errorText(serverTextsDe, new ApiError(418, 'teapot', 'I am a teapot'))).toBe('I am a teapot');
    expect(errorText(serverTextsDe, new ApiError(502, 'http_502', 'The server answered 502.'))).toBe(
      'Der Server antwortete mit 502.',
    );
    expect(errorText(serverTextsDe, new ApiError(0, 'network', 'The server cannot be reached.'))).toContain(
      'nicht erreichbar',
    );
  });

  it('says a field error beside its field in the user’s words, the server’s for an unknown code', () => {
    expect(
      fieldErrorText(serverTextsDe, {
        field: '/vatId',
        code: 'format',
        message: 'a VAT ID in DE starts with DE',
      }),
    ).toBe('Keine USt-IdNr. des gewählten Landes (sie beginnt mit dessen Länderkennung).');
    expect(
      fieldErrorText(serverTextsDe, { field: '/legalName', code: 'maxLength', message: 'too long' }),
    ).toBe('Zu lang.');
    expect(fieldErrorText(serverTextsDe, { field: '/x', code: 'brand_new', message: 'brand new rule' })).toBe(
      'brand new rule',
    );
  });

  it('names plans by id, keeping the server’s name for a plan it does not know', () => {
    expect(planNameText(serverTextsDe, 'volume', 'Volume (legacy)')).toBe('Volume (Alttarif)');
    expect(planNameText(serverTextsEn, 'grow', 'Grow')).toBe('Grow');
    expect(planNameText(serverTextsDe, 'enterprise', 'Enterprise')).toBe('Enterprise');
  });
});
