import { Type } from 'typebox';
import { propertyTypes } from '../../contacts/contact-fields.js';
import { ImpactView } from './impact-schemas.js';

export const StatusParams = Type.Object({ id: Type.String({ maxLength: 64, examples: ['sta_3b9e0c1d'] }) });

export const StatusView = Type.Object(
  {
    id: Type.String({ examples: ['sta_3b9e0c1d'] }),
    name: Type.String({ examples: ['Qualified'] }),
    position: Type.Integer({ minimum: 0, description: 'From 0, left to right', examples: [2] }),
    contacts: Type.Integer({ minimum: 0, description: 'Live contacts in the column', examples: [42] }),
  },
  { additionalProperties: false },
);

export const StatusList = Type.Object({ data: Type.Array(StatusView) }, { additionalProperties: false });

export const CreateStatusBody = Type.Object(
  { name: Type.String({ maxLength: 100 }) },
  { additionalProperties: false, examples: [{ name: 'Negotiation' }] },
);

export const UpdateStatusBody = Type.Object(
  {
    name: Type.Optional(
      Type.String({ maxLength: 100, description: 'A new name touches every contact in it' }),
    ),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ name: 'Hot leads' }, { position: 0 }] },
);

export const StatusChange = Type.Object(
  {
    preview: Type.Boolean({ description: 'true: nothing was changed' }),
    status: Type.Union([StatusView, Type.Null()], {
      description: 'The column as changed; null in a preview',
    }),
    impact: ImpactView,
  },
  { additionalProperties: false },
);

export const DeleteStatusQuery = Type.Object(
  {
    moveTo: Type.String({ maxLength: 64, description: 'The column that receives the contacts' }),
    preview: Type.Optional(Type.Enum(['true', 'false'])),
  },
  { additionalProperties: false },
);

export const StatusDeletion = Type.Object(
  { preview: Type.Boolean({ description: 'true: nothing was changed' }), impact: ImpactView },
  { additionalProperties: false },
);

export const PropertyParams = Type.Object({ key: Type.String({ maxLength: 50, examples: ['company'] }) });

export const PropertyDefinitionView = Type.Object(
  {
    key: Type.String({ examples: ['company'] }),
    label: Type.String({ examples: ['Company'] }),
    type: Type.Enum([...propertyTypes]),
    options: Type.Optional(
      Type.Array(Type.String(), { description: 'The choices of a single_select property' }),
    ),
  },
  { additionalProperties: false },
);

export const PropertyDefinitionList = Type.Object(
  { data: Type.Array(PropertyDefinitionView) },
  { additionalProperties: false },
);

export const DefinePropertyBody = Type.Object(
  {
    key: Type.String({ maxLength: 50 }),
    label: Type.String({ maxLength: 100 }),
    type: Type.Enum([...propertyTypes]),
    options: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
  },
  {
    additionalProperties: false,
    examples: [{ key: 'source', label: 'Source', type: 'single_select', options: ['Fair', 'Website'] }],
  },
);

export const RelabelPropertyBody = Type.Object(
  { label: Type.String({ maxLength: 100 }) },
  { additionalProperties: false, examples: [{ label: 'Company name' }] },
);
