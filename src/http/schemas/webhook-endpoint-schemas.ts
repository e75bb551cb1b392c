import { Type } from 'typebox';
import { webhookEventTypes } from '../../notify/webhook-endpoints.js';
import { Instant } from './common-schemas.js';

export const WebhookEndpointParams = Type.Object({
  endpointId: Type.String({ maxLength: 64, examples: ['whe_9a8b7c6d5e4f3a2b'] }),
});

const eventType = Type.Enum([...webhookEventTypes]);

/** The writable fields, shared by adding and changing an endpoint. */
const endpointFields = {
  url: Type.String({ minLength: 1, maxLength: 2000, description: 'An http(s) URL on a public address' }),
  description: Type.Optional(Type.String({ maxLength: 200 })),
  eventTypes: Type.Optional(
    Type.Unsafe<(typeof webhookEventTypes)[number][] | null>({
      type: ['array', 'null'],
      minItems: 1,
      uniqueItems: true,
      items: eventType,
      description: 'the events to receive; null or absent: all of them',
    }),
  ),
};

export const CreateWebhookEndpointBody = Type.Object(endpointFields, {
  additionalProperties: false,
  examples: [
    {
      url: 'https://crm.example.com/hooks/tally',
      description: 'CRM sync',
      eventTypes: ['usage.threshold_reached', 'invoice.finalized'],
    },
  ],
});

export const UpdateWebhookEndpointBody = Type.Object(
  {
    url: Type.Optional(endpointFields.url),
    description: endpointFields.description,
    eventTypes: endpointFields.eventTypes,
    enabled: Type.Optional(
      Type.Boolean({ description: 'true re-enables an endpoint disabled after failures; false disables it' }),
    ),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ enabled: true }] },
);

export const WebhookEndpointView = Type.Object(
  {
    id: Type.String({ examples: ['whe_9a8b7c6d5e4f3a2b'] }),
    url: Type.String({ examples: ['https://crm.example.com/hooks/tally'] }),
    description: Type.Union([Type.String(), Type.Null()]),
    eventTypes: Type.Union([Type.Array(eventType), Type.Null()], { description: 'null: every event' }),
    enabled: Type.Boolean(),
    disabledAt: Type.Union([Instant, Type.Null()]),
    disabledReason: Type.Union([Type.String(), Type.Null()], {
      examples: ['disabled after 5 days of failed deliveries'],
    }),
    consecutiveFailures: Type.Integer({ minimum: 0 }),
    createdAt: Instant,
  },
  { additionalProperties: false },
);

export const WebhookEndpointWithSecret = Type.Object(
  {
    ...WebhookEndpointView.properties,
    secret: Type.String({
      description: 'The signing secret (Standard Webhooks)',
      examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        id: 'whe_9a8b7c6d5e4f3a2b',
        url: 'https://crm.example.com/hooks/tally',
        description: 'CRM sync',
        eventTypes: ['usage.threshold_reached', 'invoice.finalized'],
        enabled: true,
        disabledAt: null,
        disabledReason: null,
        consecutiveFailures: 0,
        createdAt: '2026-03-02T10:15:00+01:00',
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      },
    ],
  },
);

export const WebhookEndpointList = Type.Object(
  { data: Type.Array(WebhookEndpointView) },
  { additionalProperties: false },
);

const nullableInstant = Type.Union([Instant, Type.Null()]);

export const WebhookDeliveryView = Type.Object(
  {
    id: Type.String({ examples: ['whd_1a2b3c4d5e6f7a8b'] }),
    messageId: Type.String({ description: 'The webhook-id header: the same on every attempt' }),
    eventType: Type.String({ examples: ['invoice.finalized'] }),
    status: Type.Enum(['pending', 'succeeded', 'failed', 'skipped']),
    attempts: Type.Array(
      Type.Object(
        {
          attempt: Type.Integer({ minimum: 1 }),
          attemptedAt: nullableInstant,
          statusCode: Type.Union([Type.Integer(), Type.Null()], {
            description: 'The receiver’s HTTP status',
          }),
          error: Type.Union([Type.String(), Type.Null()], { examples: ['connect ECONNREFUSED'] }),
          durationMs: Type.Number({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
    ),
    nextAttemptAt: Type.Union([Instant, Type.Null()], { description: 'Only while pending' }),
    createdAt: Instant,
    finishedAt: nullableInstant,
  },
  { additionalProperties: false },
);

export const WebhookDeliveryList = Type.Object(
  { data: Type.Array(WebhookDeliveryView, { description: 'Newest first, the last 100 events' }) },
  { additionalProperties: false },
);
