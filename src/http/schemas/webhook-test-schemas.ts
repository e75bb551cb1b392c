import { Type } from 'typebox';

export const WebhookEndpointParams = Type.Object(
  { endpointId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const WebhookDeliveryParams = Type.Object(
  { endpointId: Type.String({ maxLength: 64 }), deliveryId: Type.String({ maxLength: 120 }) },
  { additionalProperties: false },
);

export const QueuedDelivery = Type.Object(
  {
    deliveryId: Type.String(),
    messageId: Type.String({ description: 'The webhook-id the receiver sees' }),
    status: Type.Literal('pending'),
  },
  { additionalProperties: false },
);
