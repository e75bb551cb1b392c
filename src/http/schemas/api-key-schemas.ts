import { Type } from 'typebox';
import { Instant } from './common-schemas.js';

export const ApiKeyParams = Type.Object(
  { keyId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const CreateApiKeyBody = Type.Object(
  { label: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);

export const ApiKeyView = Type.Object(
  {
    id: Type.String({ examples: ['key_01JD8Z3Q6V'] }),
    label: Type.String(),
    createdAt: Instant,
    revokedAt: Type.Union([Instant, Type.Null()]),
    lastUsedAt: Type.Union([Instant, Type.Null()], {
      description: 'When the key was last used, to the minute (written at most once a minute); null if never',
    }),
  },
  { additionalProperties: false },
);

export const CreatedApiKey = Type.Object(
  {
    ...ApiKeyView.properties,
    token: Type.String({ description: 'The secret; shown in this answer only', examples: ['tly_4f9c…'] }),
  },
  { additionalProperties: false },
);

export const ApiKeyList = Type.Object({ data: Type.Array(ApiKeyView) }, { additionalProperties: false });
