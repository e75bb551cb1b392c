import { Type } from 'typebox';

/** An amount of money as decimal text with two places (never a float) and its currency. */
export const Money = Type.Object(
  {
    amount: Type.String({
      pattern: '^-?[0-9]+\\.[0-9]{2}$',
      description: 'Decimal euros with two places; negative for a credit',
      examples: ['119.00'],
    }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', examples: ['EUR'] }),
  },
  { additionalProperties: false },
);

/** A line of an invoice, a change or a quote: `amount` is quantity × unit price, rounded once. */
export const MoneyLine = Type.Object(
  {
    description: Type.String({ examples: ['Growth plan, monthly fee'] }),
    quantity: Type.Number({ examples: [1] }),
    unitPrice: Money,
    amount: Money,
  },
  { additionalProperties: false },
);

/**
 * Net, VAT and gross of an amount announced before it is invoiced (a plan change, the
 * projected bill), by the invoice's own rule; spread into the answers that carry them.
 */
export const vatBreakdownProperties = {
  net: Money,
  vatRate: Type.String({ description: 'Percent with two decimals', examples: ['19.00'] }),
  vat: Money,
  gross: Money,
  reverseCharge: Type.Boolean({ description: 'True when the buyer accounts for the VAT (0 %, category AE)' }),
};
