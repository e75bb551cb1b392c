/**
 * Generated from openapi.json by `npm run generate:client`; do not edit by hand.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (it does not ask the database) */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this instance (operator key) */
        get: operations["readMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and has room to write; 503 with the reason otherwise */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts the caller may see, in id order: the operator sees every one, an account itself */
        get: operations["listAccounts"];
        put?: never;
        /** Open an account with its subscription; answers the account and its first API key */
        post: operations["openAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account with its subscription (the operator, or the account itself) */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue an API key for an account (operator): how an operator acts for a customer, e.g. in the dashboard; the token is shown only in this answer */
        post: operations["issueAccountApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a batch of qualifying activities from another system (all or nothing; replays are no-ops) */
        post: operations["recordActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alert-recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who receives the threshold e-mails: the billing e-mail address (set in the billing details) and these recipients */
        get: operations["listAlertRecipients"];
        put?: never;
        /** Add a recipient of the threshold e-mails (at most 20) */
        post: operations["addAlertRecipient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alert-recipients/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sending the threshold e-mails to this recipient */
        delete: operations["removeAlertRecipient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling account’s API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create another API key for the calling account; the token is shown only in this answer */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of the calling account’s API keys */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who invoices are addressed to, and the VAT that applies */
        get: operations["getBillingDetails"];
        /** Set billing details for invoices issued from now on */
        put: operations["updateBillingDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close every usage month that is due and issue due invoices (asOf: close as of that instant) */
        post: operations["closeDueMonths"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Announce now every invoice that became overdue (invoice.overdue, once per invoice); the notification worker does the same on its interval */
        post: operations["sweepOverdueInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts by column, page by page (keyset cursor), searched, sorted and filtered, each with why it counts this month; viewing is not activity */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact (a contact.created activity) */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Delete a contact (?erase=true also erases its personal data); the month’s count is kept */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change status, name, e-mail, phone or properties (no activity when nothing changes) */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/contacts/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The messages sent to a contact, with their status */
        get: operations["listContactMessages"];
        put?: never;
        /** Send an e-mail or WhatsApp message; only a message the provider accepts is a message.sent */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}/messages/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a message the contact sent (a reply); inbound messages never count */
        post: operations["logInboundMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact’s notes, newest first */
        get: operations["listContactNotes"];
        put?: never;
        /** Add a note to a contact (a note.added activity) */
        post: operations["addContactNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move, note or message a selection of contacts (at most 1000); ?preview=true answers its impact only, the same figures the action then has */
        post: operations["runBulkContactAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funnels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s funnels, oldest first */
        get: operations["listFunnels"];
        put?: never;
        /** Create a funnel; its key authenticates the public lead endpoint */
        post: operations["createFunnel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funnels/{funnelKey}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A lead from a funnel form (public, authenticated by the funnel key in the path): creates a contact, or updates the one with the same e-mail or phone */
        post: operations["submitLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an import of contacts from CSV (as POST /v1/imports) in the background; poll the job for its progress */
        post: operations["startImportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import-jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job: running with the rows done so far, then its report */
        get: operations["getImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import contacts from CSV (Content-Type: text/csv; name, email, phone, status and properties; up to 100000 rows); ?preview=true answers the report and impact only */
        post: operations["importContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices and credit notes in number order, with status, due date and amount due (status filters; the operator may filter by accountId) */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice or credit note */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an invoice with a credit note: the whole invoice, or a net amount */
        post: operations["createCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}/e-invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as EN 16931 UN/CEFACT CII XML (XRechnung 3.0 when the buyer gave a buyer reference) */
        get: operations["getEInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment against an invoice: partial payments add up; never more than is due, never on a void invoice */
        post: operations["recordInvoicePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as PDF/A-3; a ZUGFeRD / Factur-X hybrid carrying the e-invoice as factur-x.xml when it has one (header tally-e-invoice: embedded | absent) */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the account sends e-mail and WhatsApp messages (the password and the token are never returned) */
        get: operations["getMessageSettings"];
        /** How the account sends: its SMTP server and WhatsApp Cloud API credentials (secrets are never returned) */
        put: operations["saveMessageSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one channel’s settings (null removes it); a password or token left out keeps the one stored */
        patch: operations["updateMessageSettings"];
        trace?: never;
    };
    "/v1/message-settings/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test message through the saved settings to the address or number given; answers whether the provider took it and, if not, its error */
        post: operations["sendTestMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One message to every contact of a column or list (at most 1000); ?preview=true answers the impact only */
        post: operations["sendBulkMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s notices (usage thresholds), newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notice read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalog: every plan with its included contacts, fees and add-on prices, and the overusage rate */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/property-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Custom contact properties */
        get: operations["listPropertyDefinitions"];
        put?: never;
        /** Define a custom property (touches no contact) */
        post: operations["defineProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/property-definitions/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Relabel a property (touches no contact) */
        patch: operations["relabelProperty"];
        trace?: never;
    };
    "/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Price a configuration; with expectedActiveContacts, every option to cover them, cheapest first */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board’s columns, in order, with their contact counts */
        get: operations["listStatuses"];
        put?: never;
        /** Add a column at the end of the board */
        post: operations["createStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a column, moving its contacts to another (each move is a status change); ?preview=true answers the impact only */
        delete: operations["deleteStatus"];
        options?: never;
        head?: never;
        /** Rename (touches every contact in the column) or move a column; ?preview=true answers the impact only */
        patch: operations["updateStatus"];
        trace?: never;
    };
    "/v1/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan in force, its billing cycle, scheduled changes and this month’s allowance */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscription/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of the subscription, with its charges and credits */
        get: operations["listSubscriptionChanges"];
        put?: never;
        /** Upgrade (now, pro rata), downgrade (at the cycle end), change add-on contacts or cancel; preview: true prices it and changes nothing */
        post: operations["changeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current usage month: active contacts, allowance and overusage so far */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A usage month’s active contacts, each with its first qualifying activity (Accept: text/csv exports all) */
        get: operations["listActiveContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A usage month day by day: contacts that became active each local day, and the running total */
        get: operations["getDailyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The usage months so far, newest first: active contacts, allowance, overusage, and whether each is closed */
        get: operations["listUsageMonths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Add an endpoint; the answer holds its signing secret (Standard Webhooks, whsec_…) */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint with its signing secret */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete an endpoint; pending deliveries are dropped */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change the URL, description or events; `enabled: true` re-enables a disabled endpoint */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log: each event sent to the endpoint, with every attempt and its answer */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again with the same webhook-id and payload, as one more attempt in its log */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a webhook.test event for this endpoint; it shows in the delivery log */
        post: operations["sendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @description Stable machine-readable code; the status follows from it */
            code: "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "invalid_json" | "unsupported_media_type" | "payload_too_large" | "validation_failed" | "invalid_activities" | "idempotency_key_reused" | "idempotency_request_in_progress" | "idempotency_secret_withheld" | "e_invoice_incomplete" | "month_closed" | "ledger_pruned" | "rate_limited" | "not_ready" | "database_unavailable" | "storage_full" | "overloaded" | "internal";
            detail: string;
            errors?: {
                /** @description What is wrong, e.g. `required`, `pattern`, `unknown_field` */
                code: string;
                /** @description A JSON pointer into the body, or `query.name` / `params.name` */
                field: string;
                /** @description For batch items: the item’s position */
                index?: number;
                message: string;
            }[];
            /** @description The request path */
            instance: string;
            status: number;
            title: string;
            /** @example urn:tally:problem:validation_failed */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "database": "available"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        database: "available";
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready now (with Retry-After); ready again by itself once the database is; or Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Why: the database cannot be reached, or has no room left for writes
                         * @enum {unknown}
                         */
                        database: "unavailable" | "storage_full";
                        /** @enum {string} */
                        status: "not_ready";
                    };
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description the last id of the previous page */
                after?: string;
                /** @description page size, 1 to 500 (default 100) */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @example acc_01JD8Z3Q6V */
                            id: string;
                            name: string;
                            /**
                             * Format: date-time
                             * @description The billing anchor: usage months start here
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            startsAt: string;
                            /** @description Null before the subscription starts */
                            subscription: {
                                addonContacts: number;
                                /** @description Included plus add-on contacts; null on legacy plans */
                                allowance: number | null;
                                /**
                                 * @description How often the base price is billed upfront
                                 * @enum {unknown}
                                 */
                                cycle: "monthly" | "yearly";
                                includedContacts: number | null;
                                /** @description A plan no longer sold; it has no allowance */
                                legacy: boolean;
                                /** @example grow */
                                plan: string;
                                /** @example Grow */
                                planName?: string;
                            } | null;
                            /** @description IANA time zone of the account’s usage months and instants */
                            timezone: string;
                        }[];
                        /** @description Pass as `after` for the next page; null on the last */
                        nextAfter: string | null;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Muster GmbH",
                 *       "timezone": "Europe/Berlin",
                 *       "plan": "grow",
                 *       "cycle": "monthly",
                 *       "addonContacts": 500,
                 *       "startsAt": "2026-03-01T00:00:00+01:00"
                 *     }
                 */
                "application/json": {
                    addonContacts?: number;
                    /**
                     * @description How often the base price is billed upfront
                     * @enum {unknown}
                     */
                    cycle: "monthly" | "yearly";
                    name: string;
                    /** @description A plan id of the catalog */
                    plan: string;
                    /** @description RFC 3339 instant with an offset; the billing anchor (default now) */
                    startsAt?: string;
                    /** @description IANA time zone, default Europe/Berlin */
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description The account, and its first API key (shown only here) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "id": "acc_01JD8Z3Q6V",
                         *       "name": "Muster GmbH",
                         *       "timezone": "Europe/Berlin",
                         *       "startsAt": "2026-03-01T00:00:00+01:00",
                         *       "createdAt": "2026-02-27T14:05:12+01:00",
                         *       "subscription": {
                         *         "plan": "grow",
                         *         "planName": "Grow",
                         *         "legacy": false,
                         *         "cycle": "monthly",
                         *         "addonContacts": 500,
                         *         "includedContacts": 2000,
                         *         "allowance": 2500
                         *       }
                         *     }
                         */
                        account: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @example acc_01JD8Z3Q6V */
                            id: string;
                            name: string;
                            /**
                             * Format: date-time
                             * @description The billing anchor: usage months start here
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            startsAt: string;
                            /** @description Null before the subscription starts */
                            subscription: {
                                addonContacts: number;
                                /** @description Included plus add-on contacts; null on legacy plans */
                                allowance: number | null;
                                /**
                                 * @description How often the base price is billed upfront
                                 * @enum {unknown}
                                 */
                                cycle: "monthly" | "yearly";
                                includedContacts: number | null;
                                /** @description A plan no longer sold; it has no allowance */
                                legacy: boolean;
                                /** @example grow */
                                plan: string;
                                /** @example Grow */
                                planName?: string;
                            } | null;
                            /** @description IANA time zone of the account’s usage months and instants */
                            timezone: string;
                        };
                        /**
                         * @description The account’s first API key; shown in this answer only
                         * @example tally_0123456789abcdef_…
                         */
                        apiKey: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress`, `idempotency_secret_withheld` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example acc_01JD8Z3Q6V */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_01JD8Z3Q6V",
                     *       "name": "Muster GmbH",
                     *       "timezone": "Europe/Berlin",
                     *       "startsAt": "2026-03-01T00:00:00+01:00",
                     *       "createdAt": "2026-02-27T14:05:12+01:00",
                     *       "subscription": {
                     *         "plan": "grow",
                     *         "planName": "Grow",
                     *         "legacy": false,
                     *         "cycle": "monthly",
                     *         "addonContacts": 500,
                     *         "includedContacts": 2000,
                     *         "allowance": 2500
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @example acc_01JD8Z3Q6V */
                        id: string;
                        name: string;
                        /**
                         * Format: date-time
                         * @description The billing anchor: usage months start here
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        startsAt: string;
                        /** @description Null before the subscription starts */
                        subscription: {
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on legacy plans */
                            allowance: number | null;
                            /**
                             * @description How often the base price is billed upfront
                             * @enum {unknown}
                             */
                            cycle: "monthly" | "yearly";
                            includedContacts: number | null;
                            /** @description A plan no longer sold; it has no allowance */
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        } | null;
                        /** @description IANA time zone of the account’s usage months and instants */
                        timezone: string;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueAccountApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @example acc_01JD8Z3Q6V */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "dashboard (operator)"
                 *     }
                 */
                "application/json": {
                    label?: string;
                };
            };
        };
        responses: {
            /** @description The new key with its token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example acc_01JD8Z3Q6V */
                        accountId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @example key_01JD8Z3Q6V */
                        id: string;
                        label: string;
                        /**
                         * @description The secret; shown in this answer only
                         * @example tally_…
                         */
                        token: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress`, `idempotency_secret_withheld` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordActivities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "activities": [
                 *         {
                 *           "id": "01JD8Z3Q6V4K2M7N9P0R1S2T3U",
                 *           "contactId": "crm-contact-4711",
                 *           "kind": "message.sent",
                 *           "occurredAt": "2026-03-02T09:00:00+01:00",
                 *           "actor": "api"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    activities: {
                        /**
                         * @description default api
                         * @enum {unknown}
                         */
                        actor?: "user" | "funnel" | "import" | "api" | "automation";
                        contactId: string;
                        /** @description idempotency key, unique per account and usage month (a re-delivery, same id and occurrence, is ignored); keys that sort by time (UUIDv7, ULID, a sequence) are the fastest to record */
                        id: string;
                        /** @enum {unknown} */
                        kind: "contact.created" | "contact.status_changed" | "message.sent" | "note.added" | "property.set" | "status.renamed";
                        /** @description RFC 3339 instant with an offset; at most 5 minutes ahead of the server clock */
                        occurredAt: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Recorded, or a replay of a batch already recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accepted": 1
                     *     }
                     */
                    "application/json": {
                        /** @description How many activities the batch held; a replayed batch answers as its first delivery did */
                        accepted: number;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `invalid_activities`, `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAlertRecipients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing e-mail and the further recipients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The billing e-mail, which always receives the threshold e-mails */
                        billingEmail: string | null;
                        data: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @example ops@acme.example */
                            email: string;
                        }[];
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAlertRecipient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description The recipient, added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @example ops@acme.example */
                        email: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeAlertRecipient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every key, revoked ones included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @example key_01JD8Z3Q6V */
                            id: string;
                            label: string;
                            /** @description When the key was last used, to the minute (written at most once a minute); null if never */
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label?: string;
                };
            };
        };
        responses: {
            /** @description The new key with its token */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @example key_01JD8Z3Q6V */
                        id: string;
                        label: string;
                        /** @description When the key was last used, to the minute (written at most once a minute); null if never */
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /**
                         * @description The secret; shown in this answer only
                         * @example tly_4f9c…
                         */
                        token: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress`, `idempotency_secret_withheld` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBillingDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing details in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "legalName": "Acme GmbH",
                     *       "address": {
                     *         "street": "Friedrichstraße 1",
                     *         "postalCode": "10117",
                     *         "city": "Berlin",
                     *         "country": "DE"
                     *       },
                     *       "vatId": "DE811907980",
                     *       "email": "billing@acme.example",
                     *       "vatRate": "19.00",
                     *       "reverseCharge": false,
                     *       "buyerReference": null
                     *     }
                     */
                    "application/json": {
                        /** @description In the form it was given: the structured address, else the free text */
                        address: {
                            /** @example Warszawa */
                            city: string;
                            /**
                             * @description ISO 3166-1 alpha-2, e.g. "DE"
                             * @example PL
                             */
                            country: string;
                            /** @example 00-916 */
                            postalCode: string;
                            /** @example ul. Świętokrzyska 12 */
                            street: string;
                        } | string | null;
                        buyerReference: string | null;
                        email: string | null;
                        legalName: string | null;
                        reverseCharge: boolean;
                        vatId: string | null;
                        /**
                         * @description Percent with two decimals
                         * @example 19.00
                         */
                        vatRate: string;
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBillingDetails: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "legalName": "Łukasz Żółć Sp. z o.o.",
                 *       "address": {
                 *         "street": "ul. Świętokrzyska 12",
                 *         "postalCode": "00-916",
                 *         "city": "Warszawa",
                 *         "country": "PL"
                 *       },
                 *       "vatId": "PL5260250274",
                 *       "email": "faktury@zolc.example",
                 *       "vatRate": "0",
                 *       "reverseCharge": true
                 *     }
                 */
                "application/json": {
                    /** @description The structured address (needed for e-invoices), or free text as before */
                    address?: unknown;
                    /** @description BT-10, e.g. a Leitweg-ID; invoices are then XRechnung */
                    buyerReference?: string;
                    email?: string;
                    legalName?: string;
                    reverseCharge?: boolean;
                    vatId?: string;
                    /** @description Percent, e.g. "19" or "7.5" */
                    vatRate?: string;
                };
            };
        };
        responses: {
            /** @description The billing details as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "legalName": "Acme GmbH",
                     *       "address": {
                     *         "street": "Friedrichstraße 1",
                     *         "postalCode": "10117",
                     *         "city": "Berlin",
                     *         "country": "DE"
                     *       },
                     *       "vatId": "DE811907980",
                     *       "email": "billing@acme.example",
                     *       "vatRate": "19.00",
                     *       "reverseCharge": false,
                     *       "buyerReference": null
                     *     }
                     */
                    "application/json": {
                        /** @description In the form it was given: the structured address, else the free text */
                        address: {
                            /** @example Warszawa */
                            city: string;
                            /**
                             * @description ISO 3166-1 alpha-2, e.g. "DE"
                             * @example PL
                             */
                            country: string;
                            /** @example 00-916 */
                            postalCode: string;
                            /** @example ul. Świętokrzyska 12 */
                            street: string;
                        } | string | null;
                        buyerReference: string | null;
                        email: string | null;
                        legalName: string | null;
                        reverseCharge: boolean;
                        vatId: string | null;
                        /**
                         * @description Percent with two decimals
                         * @example 19.00
                         */
                        vatRate: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeDueMonths: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "asOf": "2026-04-01T02:00:00+02:00"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Close as of this RFC 3339 instant, not in the future (default: now)
                     * @example 2026-04-01T02:00:00+02:00
                     */
                    asOf?: string;
                };
            };
        };
        responses: {
            /** @description What this close did */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accounts": 120,
                     *       "monthsClosed": 120,
                     *       "overusageInvoices": 14,
                     *       "upfrontInvoices": 9
                     *     }
                     */
                    "application/json": {
                        /** @description Accounts that had something due */
                        accounts: number;
                        monthsClosed: number;
                        overusageInvoices: number;
                        upfrontInvoices: number;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sweepOverdueInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many invoices were announced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "announced": 3
                     *     }
                     */
                    "application/json": {
                        /** @description Invoices announced overdue by this sweep */
                        announced: number;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description only contacts active (true) or not active (false) in the current usage month */
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description page size, 1 to 500 (default 50) */
                limit?: string;
                /** @description with propertyValue: a property holding exactly that value */
                propertyKey?: string;
                propertyValue?: string;
                /** @description name, e-mail, phone or a property value containing this, ignoring case */
                q?: string;
                /** @description recent (last activity first, the default), name (A to Z) or created (newest first) */
                sort?: "recent" | "name" | "created";
                /** @description a board column: only its contacts */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of contacts and the cursor of the next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description the first qualifying activity of the current usage month; null when it does not count */
                            activeThisMonth: {
                                /** @enum {unknown} */
                                actor: "user" | "funnel" | "import" | "api" | "automation";
                                /** @enum {unknown} */
                                kind: "contact.created" | "contact.status_changed" | "message.sent" | "note.added" | "property.set" | "status.renamed";
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                occurredAt: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            email: string | null;
                            /** @example con_01JD8Z3Q6V */
                            id: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            lastActivityAt: string;
                            name: string | null;
                            phone: string | null;
                            properties: {
                                [key: string]: string;
                            };
                            statusId: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            updatedAt: string;
                        }[];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Fields to set; null clears a field, an absent one is left as it is */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Łukasz Żółć",
                 *       "email": "lukasz@example.pl",
                 *       "phone": "+48 601 234 567",
                 *       "properties": {
                 *         "company": "Żółć Sp. z o.o."
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @example lukasz@example.pl */
                    email?: string | null;
                    /** @example Łukasz Żółć */
                    name?: string | null;
                    /** @example +48 601 234 567 */
                    phone?: string | null;
                    /** @description Custom property values by key; null clears one */
                    properties?: {
                        [key: string]: string | number | null;
                    };
                    /** @description The board column; the first one when absent */
                    statusId?: string;
                };
            };
        };
        responses: {
            /** @description The new contact */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "con_5f1c0a9e2b7d4c3e8a10",
                     *       "statusId": "sta_new",
                     *       "name": "Łukasz Żółć",
                     *       "email": "lukasz@example.pl",
                     *       "phone": "+48601234567",
                     *       "properties": {
                     *         "company": "Żółć Sp. z o.o."
                     *       },
                     *       "createdAt": "2026-03-02T09:15:00.000Z",
                     *       "updatedAt": "2026-03-02T09:15:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        email: string | null;
                        /** @example con_5f1c0a9e2b7d4c3e8a10 */
                        id: string;
                        name: string | null;
                        phone: string | null;
                        properties: {
                            [key: string]: string;
                        };
                        /** @example sta_new */
                        statusId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed`, `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "con_5f1c0a9e2b7d4c3e8a10",
                     *       "statusId": "sta_new",
                     *       "name": "Łukasz Żółć",
                     *       "email": "lukasz@example.pl",
                     *       "phone": "+48601234567",
                     *       "properties": {
                     *         "company": "Żółć Sp. z o.o."
                     *       },
                     *       "createdAt": "2026-03-02T09:15:00.000Z",
                     *       "updatedAt": "2026-03-02T09:15:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        email: string | null;
                        /** @example con_5f1c0a9e2b7d4c3e8a10 */
                        id: string;
                        name: string | null;
                        phone: string | null;
                        properties: {
                            [key: string]: string;
                        };
                        /** @example sta_new */
                        statusId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: {
                /** @description Also erase its personal data */
                erase?: "true" | "false";
            };
            header?: never;
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to set; null clears a field, an absent one is left as it is */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Łukasz Żółć",
                 *       "email": "lukasz@example.pl",
                 *       "phone": "+48 601 234 567",
                 *       "properties": {
                 *         "company": "Żółć Sp. z o.o."
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @example lukasz@example.pl */
                    email?: string | null;
                    /** @example Łukasz Żółć */
                    name?: string | null;
                    /** @example +48 601 234 567 */
                    phone?: string | null;
                    /** @description Custom property values by key; null clears one */
                    properties?: {
                        [key: string]: string | number | null;
                    };
                    /** @description The board column; the first one when absent */
                    statusId?: string;
                };
            };
        };
        responses: {
            /** @description The contact as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "con_5f1c0a9e2b7d4c3e8a10",
                     *       "statusId": "sta_new",
                     *       "name": "Łukasz Żółć",
                     *       "email": "lukasz@example.pl",
                     *       "phone": "+48601234567",
                     *       "properties": {
                     *         "company": "Żółć Sp. z o.o."
                     *       },
                     *       "createdAt": "2026-03-02T09:15:00.000Z",
                     *       "updatedAt": "2026-03-02T09:15:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        email: string | null;
                        /** @example con_5f1c0a9e2b7d4c3e8a10 */
                        id: string;
                        name: string | null;
                        phone: string | null;
                        properties: {
                            [key: string]: string;
                        };
                        /** @example sta_new */
                        statusId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContactMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact’s messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            body: string;
                            /**
                             * @description E-mail goes to the e-mail address, WhatsApp to the phone
                             * @enum {unknown}
                             */
                            channel: "email" | "whatsapp";
                            /** @example con_5f1c0a9e2b7d4c3e8a10 */
                            contactId: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @enum {unknown} */
                            direction: "outbound" | "inbound";
                            /** @description Why the provider refused it */
                            error: string | null;
                            /** @example msg_2d4f6a8c0e1b3d5f */
                            id: string;
                            providerMessageId: string | null;
                            /** @example lukasz@example.pl */
                            recipient: string;
                            /**
                             * @description Only `sent` (accepted by the provider) is a message.sent activity
                             * @enum {unknown}
                             */
                            status: "queued" | "sending" | "sent" | "failed" | "unknown" | "received";
                            subject: string | null;
                        }[];
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "email",
                 *       "subject": "Your quote",
                 *       "body": "Dzień dobry, here is the quote we discussed."
                 *     }
                 */
                "application/json": {
                    body: string;
                    /**
                     * @description E-mail goes to the e-mail address, WhatsApp to the phone
                     * @enum {unknown}
                     */
                    channel: "email" | "whatsapp";
                    /** @description E-mail only */
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description The message, sent or with the provider’s error */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_2d4f6a8c0e1b3d5f",
                     *       "contactId": "con_5f1c0a9e2b7d4c3e8a10",
                     *       "channel": "email",
                     *       "direction": "outbound",
                     *       "recipient": "lukasz@example.pl",
                     *       "subject": "Your quote",
                     *       "body": "Dzień dobry, here is the quote we discussed.",
                     *       "status": "sent",
                     *       "error": null,
                     *       "providerMessageId": "<20260302091500.1@mail.example.com>",
                     *       "createdAt": "2026-03-02T09:15:00.000Z"
                     *     }
                     */
                    "application/json": {
                        body: string;
                        /**
                         * @description E-mail goes to the e-mail address, WhatsApp to the phone
                         * @enum {unknown}
                         */
                        channel: "email" | "whatsapp";
                        /** @example con_5f1c0a9e2b7d4c3e8a10 */
                        contactId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @enum {unknown} */
                        direction: "outbound" | "inbound";
                        /** @description Why the provider refused it */
                        error: string | null;
                        /** @example msg_2d4f6a8c0e1b3d5f */
                        id: string;
                        providerMessageId: string | null;
                        /** @example lukasz@example.pl */
                        recipient: string;
                        /**
                         * @description Only `sent` (accepted by the provider) is a message.sent activity
                         * @enum {unknown}
                         */
                        status: "queued" | "sending" | "sent" | "failed" | "unknown" | "received";
                        subject: string | null;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed`, `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logInboundMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "email",
                 *       "subject": "Your quote",
                 *       "body": "Dzień dobry, here is the quote we discussed."
                 *     }
                 */
                "application/json": {
                    body: string;
                    /**
                     * @description E-mail goes to the e-mail address, WhatsApp to the phone
                     * @enum {unknown}
                     */
                    channel: "email" | "whatsapp";
                    /** @description E-mail only */
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description The logged message */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_2d4f6a8c0e1b3d5f",
                     *       "contactId": "con_5f1c0a9e2b7d4c3e8a10",
                     *       "channel": "email",
                     *       "direction": "outbound",
                     *       "recipient": "lukasz@example.pl",
                     *       "subject": "Your quote",
                     *       "body": "Dzień dobry, here is the quote we discussed.",
                     *       "status": "sent",
                     *       "error": null,
                     *       "providerMessageId": "<20260302091500.1@mail.example.com>",
                     *       "createdAt": "2026-03-02T09:15:00.000Z"
                     *     }
                     */
                    "application/json": {
                        body: string;
                        /**
                         * @description E-mail goes to the e-mail address, WhatsApp to the phone
                         * @enum {unknown}
                         */
                        channel: "email" | "whatsapp";
                        /** @example con_5f1c0a9e2b7d4c3e8a10 */
                        contactId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @enum {unknown} */
                        direction: "outbound" | "inbound";
                        /** @description Why the provider refused it */
                        error: string | null;
                        /** @example msg_2d4f6a8c0e1b3d5f */
                        id: string;
                        providerMessageId: string | null;
                        /** @example lukasz@example.pl */
                        recipient: string;
                        /**
                         * @description Only `sent` (accepted by the provider) is a message.sent activity
                         * @enum {unknown}
                         */
                        status: "queued" | "sending" | "sent" | "failed" | "unknown" | "received";
                        subject: string | null;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContactNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {unknown} */
                            actor: "user" | "funnel" | "import" | "api" | "automation";
                            body: string;
                            contactId: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @example note_8c1d2e3f4a5b6c7d */
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addContactNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path: {
                /** @example con_5f1c0a9e2b7d4c3e8a10 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Called back, wants a quote for 40 seats."
                 *     }
                 */
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The note */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        actor: "user" | "funnel" | "import" | "api" | "automation";
                        body: string;
                        contactId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @example note_8c1d2e3f4a5b6c7d */
                        id: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed`, `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runBulkContactAction: {
        parameters: {
            query?: {
                preview?: "true" | "false";
            };
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    action: "move" | "note" | "message";
                    /** @description note or message: the text */
                    body?: string;
                    /** @description message */
                    channel?: "email" | "whatsapp";
                    /** @description contactIds (the ones ticked) or filter (all matching), one of the two */
                    selection: {
                        contactIds?: string[];
                        /** @description every contact matching this, as GET /v1/contacts filters them */
                        filter?: {
                            active?: boolean;
                            propertyKey?: string;
                            propertyValue?: string;
                            q?: string;
                            status?: string;
                        };
                    };
                    /** @description move: the column to move to */
                    statusId?: string;
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description The impact (a preview) or what was done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description false for a preview, or when the action touches nobody */
                        applied: boolean;
                        /** @description the contacts the action changes (or would) */
                        contactIds: string[];
                        /** @description message: refused or failed */
                        failed: number;
                        impact: {
                            activeContacts: number;
                            allowance: number | null;
                            contactsTouched: number;
                            extraOverusage: number;
                            extraOverusageCost: {
                                /** @example 12.50 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @description touched contacts not yet active this month */
                            newlyActive: number;
                        };
                        preview: boolean;
                        /** @description message: accepted by the provider */
                        sent: number;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFunnels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every funnel of the account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @example fnl_3f9c2a1b0d4e5f67 */
                            id: string;
                            /**
                             * @description The public key of the lead endpoint; it goes into the form, so it is no secret
                             * @example fk_Vq3J8n0cX2mQ9rT1aZ5kLw7e
                             */
                            key: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFunnel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Website contact form"
                 *     }
                 */
                "application/json": {
                    /** @description 1 to 100 characters once trimmed */
                    name: string;
                };
            };
        };
        responses: {
            /** @description The funnel with its public key */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fnl_3f9c2a1b0d4e5f67",
                     *       "name": "Website contact form",
                     *       "key": "fk_Vq3J8n0cX2mQ9rT1aZ5kLw7e",
                     *       "createdAt": "2026-03-02T09:00:00+01:00"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @example fnl_3f9c2a1b0d4e5f67 */
                        id: string;
                        /**
                         * @description The public key of the lead endpoint; it goes into the form, so it is no secret
                         * @example fk_Vq3J8n0cX2mQ9rT1aZ5kLw7e
                         */
                        key: string;
                        name: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                funnelKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Łukasz Żółć",
                 *       "email": "lukasz@example.com",
                 *       "answers": {
                 *         "company_size": "11-50",
                 *         "budget": 5000
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Form answers, kept as contact properties (new keys are defined as text) */
                    answers?: {
                        [key: string]: string | number;
                    };
                    /** @description An e-mail address or a phone is needed */
                    email?: string;
                    name?: string;
                    /** @description International, e.g. +49 30 1234567 */
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description A returning lead: the contact with the same e-mail or phone, updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "id": "con_5f1c0a9e2b7d4c3e8a10",
                         *       "statusId": "sta_new",
                         *       "name": "Łukasz Żółć",
                         *       "email": "lukasz@example.pl",
                         *       "phone": "+48601234567",
                         *       "properties": {
                         *         "company": "Żółć Sp. z o.o."
                         *       },
                         *       "createdAt": "2026-03-02T09:15:00.000Z",
                         *       "updatedAt": "2026-03-02T09:15:00.000Z"
                         *     }
                         */
                        contact: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            email: string | null;
                            /** @example con_5f1c0a9e2b7d4c3e8a10 */
                            id: string;
                            name: string | null;
                            phone: string | null;
                            properties: {
                                [key: string]: string;
                            };
                            /** @example sta_new */
                            statusId: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            updatedAt: string;
                        };
                        /** @description True when a contact with the same e-mail or phone was updated */
                        returning: boolean;
                    };
                };
            };
            /** @description A new lead: the contact, created in the first column */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "id": "con_5f1c0a9e2b7d4c3e8a10",
                         *       "statusId": "sta_new",
                         *       "name": "Łukasz Żółć",
                         *       "email": "lukasz@example.pl",
                         *       "phone": "+48601234567",
                         *       "properties": {
                         *         "company": "Żółć Sp. z o.o."
                         *       },
                         *       "createdAt": "2026-03-02T09:15:00.000Z",
                         *       "updatedAt": "2026-03-02T09:15:00.000Z"
                         *     }
                         */
                        contact: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            email: string | null;
                            /** @example con_5f1c0a9e2b7d4c3e8a10 */
                            id: string;
                            name: string | null;
                            phone: string | null;
                            properties: {
                                [key: string]: string;
                            };
                            /** @example sta_new */
                            statusId: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            updatedAt: string;
                        };
                        /** @description True when a contact with the same e-mail or phone was updated */
                        returning: boolean;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startImportJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job, running */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        error: string | null;
                        finishedAt: string | null;
                        /** @example imp_5d1c0e9a2b7f4c3e8a10 */
                        id: string;
                        /** @description Once it has finished */
                        report: {
                            imported: number;
                            rejected: {
                                /**
                                 * @description Why the row was rejected, stable for clients to translate
                                 * @example email_format
                                 * @enum {unknown}
                                 */
                                code?: "too_many_rows" | "email_format" | "phone_format" | "unknown_status" | "missing_identity" | "duplicate_contact" | "name_length" | "property_value" | "not_saved";
                                reason: string;
                                row: number;
                            }[];
                            rows: number;
                            unchanged: number;
                            updated: number;
                        } | null;
                        rowsDone: number;
                        rowsTotal: number;
                        /** @description interrupted: the process running it stopped; the rows written so far stay */
                        status: "running" | "succeeded" | "failed" | "interrupted";
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        error: string | null;
                        finishedAt: string | null;
                        /** @example imp_5d1c0e9a2b7f4c3e8a10 */
                        id: string;
                        /** @description Once it has finished */
                        report: {
                            imported: number;
                            rejected: {
                                /**
                                 * @description Why the row was rejected, stable for clients to translate
                                 * @example email_format
                                 * @enum {unknown}
                                 */
                                code?: "too_many_rows" | "email_format" | "phone_format" | "unknown_status" | "missing_identity" | "duplicate_contact" | "name_length" | "property_value" | "not_saved";
                                reason: string;
                                row: number;
                            }[];
                            rows: number;
                            unchanged: number;
                            updated: number;
                        } | null;
                        rowsDone: number;
                        rowsTotal: number;
                        /** @description interrupted: the process running it stopped; the rows written so far stay */
                        status: "running" | "succeeded" | "failed" | "interrupted";
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importContacts: {
        parameters: {
            query?: {
                /** @description true: answer the impact only, change nothing */
                preview?: "true" | "false";
            };
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example name,email,phone,status,company
                 *     Łukasz Żółć,lukasz@example.pl,+48601234567,New,Żółć Sp. z o.o.
                 */
                "text/csv": string;
            };
        };
        responses: {
            /** @description The preview: what the import would do and its impact; nothing written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        impact?: {
                            /** @example 980 */
                            activeContacts: number;
                            /**
                             * @description The plan’s included contacts; null on a legacy plan
                             * @example 1000
                             */
                            allowance: number | null;
                            /** @example 120 */
                            contactsTouched: number;
                            /** @example 15 */
                            extraOverusage: number;
                            /** @description What the extra overusage costs at the overusage rate */
                            extraOverusageCost: {
                                /** @example 3.75 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description Touched contacts not yet active this month: the ones that start to count
                             * @example 35
                             */
                            newlyActive: number;
                        };
                        /**
                         * @description Contacts created
                         * @example 240
                         */
                        imported: number;
                        /** @description true: nothing was written */
                        preview: boolean;
                        rejected: {
                            /**
                             * @description Why the row was rejected, stable for clients to translate
                             * @example email_format
                             * @enum {unknown}
                             */
                            code: "too_many_rows" | "email_format" | "phone_format" | "unknown_status" | "missing_identity" | "duplicate_contact" | "name_length" | "property_value" | "not_saved";
                            /**
                             * @description The reason in English; show `code` in the user’s language
                             * @example email "ann@" is not a valid e-mail address
                             */
                            reason: string;
                            /**
                             * @description The row’s number in the file; 0 for the file as a whole
                             * @example 17
                             */
                            row: number;
                        }[];
                        /** @example 250 */
                        rows: number;
                        /** @example 2 */
                        unchanged: number;
                        /**
                         * @description Existing contacts (same e-mail or phone) changed
                         * @example 6
                         */
                        updated: number;
                    };
                };
            };
            /** @description The import’s report: rows imported, updated, unchanged and rejected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        impact?: {
                            /** @example 980 */
                            activeContacts: number;
                            /**
                             * @description The plan’s included contacts; null on a legacy plan
                             * @example 1000
                             */
                            allowance: number | null;
                            /** @example 120 */
                            contactsTouched: number;
                            /** @example 15 */
                            extraOverusage: number;
                            /** @description What the extra overusage costs at the overusage rate */
                            extraOverusageCost: {
                                /** @example 3.75 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description Touched contacts not yet active this month: the ones that start to count
                             * @example 35
                             */
                            newlyActive: number;
                        };
                        /**
                         * @description Contacts created
                         * @example 240
                         */
                        imported: number;
                        /** @description true: nothing was written */
                        preview: boolean;
                        rejected: {
                            /**
                             * @description Why the row was rejected, stable for clients to translate
                             * @example email_format
                             * @enum {unknown}
                             */
                            code: "too_many_rows" | "email_format" | "phone_format" | "unknown_status" | "missing_identity" | "duplicate_contact" | "name_length" | "property_value" | "not_saved";
                            /**
                             * @description The reason in English; show `code` in the user’s language
                             * @example email "ann@" is not a valid e-mail address
                             */
                            reason: string;
                            /**
                             * @description The row’s number in the file; 0 for the file as a whole
                             * @example 17
                             */
                            row: number;
                        }[];
                        /** @example 250 */
                        rows: number;
                        /** @example 2 */
                        unchanged: number;
                        /**
                         * @description Existing contacts (same e-mail or phone) changed
                         * @example 6
                         */
                        updated: number;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed`, `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Operator only: one account’s invoices */
                accountId?: string;
                /** @description The last number of the previous page */
                after?: string;
                /** @description page size, 1 to 500 (default 100) */
                limit?: string;
                /** @description Only invoices in this status now */
                status?: "open" | "paid" | "overdue" | "void";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @example acme */
                            accountId: string;
                            amountDue: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            amountPaid: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            buyer: {
                                /** @description The address on one line, as the PDF prints it */
                                address?: string;
                                bankAccount?: {
                                    accountName?: string;
                                    bic?: string;
                                    iban: string;
                                };
                                /** @description BT-10, e.g. a Leitweg-ID */
                                buyerReference?: string;
                                contact?: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                /** @description Seller: BT-34 */
                                electronicAddress?: string;
                                email?: string;
                                /** @description Seller: BT-30 */
                                legalRegistrationId?: string;
                                /** @example Łukasz Żółć Sp. z o.o. */
                                name: string;
                                paymentTermsDays?: number;
                                postalAddress?: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2
                                     * @example DE
                                     */
                                    country: string;
                                    postalCode: string;
                                    street: string;
                                };
                                /** @description Seller: BT-32 */
                                taxNumber?: string;
                                /** @example PL5260250274 */
                                vatId?: string;
                            };
                            /** @description For a credit note: the invoice it corrects */
                            correctsInvoiceId: string | null;
                            /** @description The last day to pay, in the account’s time zone; none for a credit note */
                            dueDate: string | null;
                            /** @example inv_01JD8Z3Q6V */
                            id: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            issuedAt: string;
                            /** @enum {unknown} */
                            kind: "upfront" | "change" | "overusage" | "credit_note";
                            lines: {
                                amount: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @example Growth plan, monthly fee */
                                description: string;
                                /** @example 1 */
                                quantity: number;
                                unitPrice: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            }[];
                            net: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @description Legal notes printed on the invoice */
                            notes: string[];
                            /** @example TLY-000042 */
                            number: string;
                            payments: {
                                amount: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /**
                                 * Format: date
                                 * @example 2026-03-14
                                 */
                                date: string;
                                /** @example pay_9f2c4b1e7a3d */
                                id: string;
                                /** @enum {unknown} */
                                method: "bank_transfer" | "card" | "direct_debit" | "other";
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                recordedAt: string;
                                /** @example SEPA EREF 2026-0314 */
                                reference: string | null;
                            }[];
                            /**
                             * @description Where the PDF is
                             * @example /v1/invoices/inv_01JD8Z3Q6V/pdf
                             */
                            pdf: string;
                            /** @description BT-73/74 */
                            period?: {
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                end: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                start: string;
                            };
                            reverseCharge: boolean;
                            seller: {
                                /** @description The address on one line, as the PDF prints it */
                                address?: string;
                                bankAccount?: {
                                    accountName?: string;
                                    bic?: string;
                                    iban: string;
                                };
                                /** @description BT-10, e.g. a Leitweg-ID */
                                buyerReference?: string;
                                contact?: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                /** @description Seller: BT-34 */
                                electronicAddress?: string;
                                email?: string;
                                /** @description Seller: BT-30 */
                                legalRegistrationId?: string;
                                /** @example Łukasz Żółć Sp. z o.o. */
                                name: string;
                                paymentTermsDays?: number;
                                postalAddress?: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2
                                     * @example DE
                                     */
                                    country: string;
                                    postalCode: string;
                                    street: string;
                                };
                                /** @description Seller: BT-32 */
                                taxNumber?: string;
                                /** @example PL5260250274 */
                                vatId?: string;
                            };
                            /** @enum {unknown} */
                            status: "open" | "paid" | "overdue" | "void";
                            total: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            vat: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description Percent
                             * @example 19.00
                             */
                            vatRate: string;
                        }[];
                        /** @description Pass as `after` for the next page; null on the last */
                        nextAfter: string | null;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inv_01JD8Z3Q6V */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice with its status and payments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inv_01JD8Z3Q6V",
                     *       "number": "TLY-000042",
                     *       "kind": "overusage",
                     *       "accountId": "acme",
                     *       "issuedAt": "2026-04-01T01:00:00+02:00",
                     *       "period": {
                     *         "start": "2026-03-01T00:00:00+01:00",
                     *         "end": "2026-04-01T00:00:00+02:00"
                     *       },
                     *       "seller": {
                     *         "name": "Tally GmbH",
                     *         "vatId": "DE123456789"
                     *       },
                     *       "buyer": {
                     *         "name": "Acme GmbH",
                     *         "vatId": "DE811907980"
                     *       },
                     *       "lines": [
                     *         {
                     *           "description": "Overusage 2026-03-01 – 2026-04-01: 1,120 active contacts, allowance 1,000",
                     *           "quantity": 120,
                     *           "unitPrice": {
                     *             "amount": "0.50",
                     *             "currency": "EUR"
                     *           },
                     *           "amount": {
                     *             "amount": "60.00",
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "net": {
                     *         "amount": "60.00",
                     *         "currency": "EUR"
                     *       },
                     *       "vatRate": "19.00",
                     *       "vat": {
                     *         "amount": "11.40",
                     *         "currency": "EUR"
                     *       },
                     *       "total": {
                     *         "amount": "71.40",
                     *         "currency": "EUR"
                     *       },
                     *       "reverseCharge": false,
                     *       "notes": [],
                     *       "correctsInvoiceId": null,
                     *       "pdf": "/v1/invoices/inv_01JD8Z3Q6V/pdf",
                     *       "status": "open",
                     *       "dueDate": "2026-04-15",
                     *       "amountPaid": {
                     *         "amount": "0.00",
                     *         "currency": "EUR"
                     *       },
                     *       "amountDue": {
                     *         "amount": "71.40",
                     *         "currency": "EUR"
                     *       },
                     *       "payments": []
                     *     }
                     */
                    "application/json": {
                        /** @example acme */
                        accountId: string;
                        amountDue: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        amountPaid: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        buyer: {
                            /** @description The address on one line, as the PDF prints it */
                            address?: string;
                            bankAccount?: {
                                accountName?: string;
                                bic?: string;
                                iban: string;
                            };
                            /** @description BT-10, e.g. a Leitweg-ID */
                            buyerReference?: string;
                            contact?: {
                                email: string;
                                name: string;
                                phone: string;
                            };
                            /** @description Seller: BT-34 */
                            electronicAddress?: string;
                            email?: string;
                            /** @description Seller: BT-30 */
                            legalRegistrationId?: string;
                            /** @example Łukasz Żółć Sp. z o.o. */
                            name: string;
                            paymentTermsDays?: number;
                            postalAddress?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2
                                 * @example DE
                                 */
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            /** @description Seller: BT-32 */
                            taxNumber?: string;
                            /** @example PL5260250274 */
                            vatId?: string;
                        };
                        /** @description For a credit note: the invoice it corrects */
                        correctsInvoiceId: string | null;
                        /** @description The last day to pay, in the account’s time zone; none for a credit note */
                        dueDate: string | null;
                        /** @example inv_01JD8Z3Q6V */
                        id: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        issuedAt: string;
                        /** @enum {unknown} */
                        kind: "upfront" | "change" | "overusage" | "credit_note";
                        lines: {
                            amount: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @example Growth plan, monthly fee */
                            description: string;
                            /** @example 1 */
                            quantity: number;
                            unitPrice: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                        }[];
                        net: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @description Legal notes printed on the invoice */
                        notes: string[];
                        /** @example TLY-000042 */
                        number: string;
                        payments: {
                            amount: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * Format: date
                             * @example 2026-03-14
                             */
                            date: string;
                            /** @example pay_9f2c4b1e7a3d */
                            id: string;
                            /** @enum {unknown} */
                            method: "bank_transfer" | "card" | "direct_debit" | "other";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            recordedAt: string;
                            /** @example SEPA EREF 2026-0314 */
                            reference: string | null;
                        }[];
                        /**
                         * @description Where the PDF is
                         * @example /v1/invoices/inv_01JD8Z3Q6V/pdf
                         */
                        pdf: string;
                        /** @description BT-73/74 */
                        period?: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            end: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            start: string;
                        };
                        reverseCharge: boolean;
                        seller: {
                            /** @description The address on one line, as the PDF prints it */
                            address?: string;
                            bankAccount?: {
                                accountName?: string;
                                bic?: string;
                                iban: string;
                            };
                            /** @description BT-10, e.g. a Leitweg-ID */
                            buyerReference?: string;
                            contact?: {
                                email: string;
                                name: string;
                                phone: string;
                            };
                            /** @description Seller: BT-34 */
                            electronicAddress?: string;
                            email?: string;
                            /** @description Seller: BT-30 */
                            legalRegistrationId?: string;
                            /** @example Łukasz Żółć Sp. z o.o. */
                            name: string;
                            paymentTermsDays?: number;
                            postalAddress?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2
                                 * @example DE
                                 */
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            /** @description Seller: BT-32 */
                            taxNumber?: string;
                            /** @example PL5260250274 */
                            vatId?: string;
                        };
                        /** @enum {unknown} */
                        status: "open" | "paid" | "overdue" | "void";
                        total: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        vat: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /**
                         * @description Percent
                         * @example 19.00
                         */
                        vatRate: string;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreditNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @example inv_01JD8Z3Q6V */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Goodwill for the March outage",
                 *       "amount": "12.50"
                 *     }
                 */
                "application/json": {
                    /** @description Net euros to credit, e.g. "12.50"; default: everything */
                    amount?: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The credit note, issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example acme */
                        accountId: string;
                        buyer: {
                            /** @description The address on one line, as the PDF prints it */
                            address?: string;
                            bankAccount?: {
                                accountName?: string;
                                bic?: string;
                                iban: string;
                            };
                            /** @description BT-10, e.g. a Leitweg-ID */
                            buyerReference?: string;
                            contact?: {
                                email: string;
                                name: string;
                                phone: string;
                            };
                            /** @description Seller: BT-34 */
                            electronicAddress?: string;
                            email?: string;
                            /** @description Seller: BT-30 */
                            legalRegistrationId?: string;
                            /** @example Łukasz Żółć Sp. z o.o. */
                            name: string;
                            paymentTermsDays?: number;
                            postalAddress?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2
                                 * @example DE
                                 */
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            /** @description Seller: BT-32 */
                            taxNumber?: string;
                            /** @example PL5260250274 */
                            vatId?: string;
                        };
                        /** @description For a credit note: the invoice it corrects */
                        correctsInvoiceId: string | null;
                        /** @example inv_01JD8Z3Q6V */
                        id: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        issuedAt: string;
                        /** @enum {unknown} */
                        kind: "upfront" | "change" | "overusage" | "credit_note";
                        lines: {
                            amount: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @example Growth plan, monthly fee */
                            description: string;
                            /** @example 1 */
                            quantity: number;
                            unitPrice: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                        }[];
                        net: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @description Legal notes printed on the invoice */
                        notes: string[];
                        /** @example TLY-000042 */
                        number: string;
                        /**
                         * @description Where the PDF is
                         * @example /v1/invoices/inv_01JD8Z3Q6V/pdf
                         */
                        pdf: string;
                        /** @description BT-73/74 */
                        period?: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            end: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            start: string;
                        };
                        reverseCharge: boolean;
                        seller: {
                            /** @description The address on one line, as the PDF prints it */
                            address?: string;
                            bankAccount?: {
                                accountName?: string;
                                bic?: string;
                                iban: string;
                            };
                            /** @description BT-10, e.g. a Leitweg-ID */
                            buyerReference?: string;
                            contact?: {
                                email: string;
                                name: string;
                                phone: string;
                            };
                            /** @description Seller: BT-34 */
                            electronicAddress?: string;
                            email?: string;
                            /** @description Seller: BT-30 */
                            legalRegistrationId?: string;
                            /** @example Łukasz Żółć Sp. z o.o. */
                            name: string;
                            paymentTermsDays?: number;
                            postalAddress?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2
                                 * @example DE
                                 */
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            /** @description Seller: BT-32 */
                            taxNumber?: string;
                            /** @example PL5260250274 */
                            vatId?: string;
                        };
                        total: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        vat: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /**
                         * @description Percent
                         * @example 19.00
                         */
                        vatRate: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inv_01JD8Z3Q6V */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CII XML, as an attachment named by the invoice number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `e_invoice_incomplete` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordInvoicePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path: {
                /** @example inv_01JD8Z3Q6V */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "71.40",
                 *       "currency": "EUR",
                 *       "date": "2026-04-10",
                 *       "method": "bank_transfer",
                 *       "reference": "TLY-000042"
                 *     }
                 */
                "application/json": {
                    /** @description e.g. "119.00", > 0, at most 2 decimals */
                    amount: string;
                    /** @description The invoice’s currency */
                    currency: string;
                    /** @description The day it was paid (YYYY-MM-DD), not in the future */
                    date: string;
                    /** @enum {unknown} */
                    method: "bank_transfer" | "card" | "direct_debit" | "other";
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description The payment and the invoice as it stands after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "id": "inv_01JD8Z3Q6V",
                         *       "number": "TLY-000042",
                         *       "kind": "overusage",
                         *       "accountId": "acme",
                         *       "issuedAt": "2026-04-01T01:00:00+02:00",
                         *       "period": {
                         *         "start": "2026-03-01T00:00:00+01:00",
                         *         "end": "2026-04-01T00:00:00+02:00"
                         *       },
                         *       "seller": {
                         *         "name": "Tally GmbH",
                         *         "vatId": "DE123456789"
                         *       },
                         *       "buyer": {
                         *         "name": "Acme GmbH",
                         *         "vatId": "DE811907980"
                         *       },
                         *       "lines": [
                         *         {
                         *           "description": "Overusage 2026-03-01 – 2026-04-01: 1,120 active contacts, allowance 1,000",
                         *           "quantity": 120,
                         *           "unitPrice": {
                         *             "amount": "0.50",
                         *             "currency": "EUR"
                         *           },
                         *           "amount": {
                         *             "amount": "60.00",
                         *             "currency": "EUR"
                         *           }
                         *         }
                         *       ],
                         *       "net": {
                         *         "amount": "60.00",
                         *         "currency": "EUR"
                         *       },
                         *       "vatRate": "19.00",
                         *       "vat": {
                         *         "amount": "11.40",
                         *         "currency": "EUR"
                         *       },
                         *       "total": {
                         *         "amount": "71.40",
                         *         "currency": "EUR"
                         *       },
                         *       "reverseCharge": false,
                         *       "notes": [],
                         *       "correctsInvoiceId": null,
                         *       "pdf": "/v1/invoices/inv_01JD8Z3Q6V/pdf",
                         *       "status": "open",
                         *       "dueDate": "2026-04-15",
                         *       "amountPaid": {
                         *         "amount": "0.00",
                         *         "currency": "EUR"
                         *       },
                         *       "amountDue": {
                         *         "amount": "71.40",
                         *         "currency": "EUR"
                         *       },
                         *       "payments": []
                         *     }
                         */
                        invoice: {
                            /** @example acme */
                            accountId: string;
                            amountDue: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            amountPaid: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            buyer: {
                                /** @description The address on one line, as the PDF prints it */
                                address?: string;
                                bankAccount?: {
                                    accountName?: string;
                                    bic?: string;
                                    iban: string;
                                };
                                /** @description BT-10, e.g. a Leitweg-ID */
                                buyerReference?: string;
                                contact?: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                /** @description Seller: BT-34 */
                                electronicAddress?: string;
                                email?: string;
                                /** @description Seller: BT-30 */
                                legalRegistrationId?: string;
                                /** @example Łukasz Żółć Sp. z o.o. */
                                name: string;
                                paymentTermsDays?: number;
                                postalAddress?: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2
                                     * @example DE
                                     */
                                    country: string;
                                    postalCode: string;
                                    street: string;
                                };
                                /** @description Seller: BT-32 */
                                taxNumber?: string;
                                /** @example PL5260250274 */
                                vatId?: string;
                            };
                            /** @description For a credit note: the invoice it corrects */
                            correctsInvoiceId: string | null;
                            /** @description The last day to pay, in the account’s time zone; none for a credit note */
                            dueDate: string | null;
                            /** @example inv_01JD8Z3Q6V */
                            id: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            issuedAt: string;
                            /** @enum {unknown} */
                            kind: "upfront" | "change" | "overusage" | "credit_note";
                            lines: {
                                amount: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @example Growth plan, monthly fee */
                                description: string;
                                /** @example 1 */
                                quantity: number;
                                unitPrice: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            }[];
                            net: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @description Legal notes printed on the invoice */
                            notes: string[];
                            /** @example TLY-000042 */
                            number: string;
                            payments: {
                                amount: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /**
                                 * Format: date
                                 * @example 2026-03-14
                                 */
                                date: string;
                                /** @example pay_9f2c4b1e7a3d */
                                id: string;
                                /** @enum {unknown} */
                                method: "bank_transfer" | "card" | "direct_debit" | "other";
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                recordedAt: string;
                                /** @example SEPA EREF 2026-0314 */
                                reference: string | null;
                            }[];
                            /**
                             * @description Where the PDF is
                             * @example /v1/invoices/inv_01JD8Z3Q6V/pdf
                             */
                            pdf: string;
                            /** @description BT-73/74 */
                            period?: {
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                end: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                start: string;
                            };
                            reverseCharge: boolean;
                            seller: {
                                /** @description The address on one line, as the PDF prints it */
                                address?: string;
                                bankAccount?: {
                                    accountName?: string;
                                    bic?: string;
                                    iban: string;
                                };
                                /** @description BT-10, e.g. a Leitweg-ID */
                                buyerReference?: string;
                                contact?: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                /** @description Seller: BT-34 */
                                electronicAddress?: string;
                                email?: string;
                                /** @description Seller: BT-30 */
                                legalRegistrationId?: string;
                                /** @example Łukasz Żółć Sp. z o.o. */
                                name: string;
                                paymentTermsDays?: number;
                                postalAddress?: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2
                                     * @example DE
                                     */
                                    country: string;
                                    postalCode: string;
                                    street: string;
                                };
                                /** @description Seller: BT-32 */
                                taxNumber?: string;
                                /** @example PL5260250274 */
                                vatId?: string;
                            };
                            /** @enum {unknown} */
                            status: "open" | "paid" | "overdue" | "void";
                            total: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            vat: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description Percent
                             * @example 19.00
                             */
                            vatRate: string;
                        };
                        payment: {
                            amount: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * Format: date
                             * @example 2026-03-14
                             */
                            date: string;
                            /** @example pay_9f2c4b1e7a3d */
                            id: string;
                            /** @enum {unknown} */
                            method: "bank_transfer" | "card" | "direct_debit" | "other";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            recordedAt: string;
                            /** @example SEPA EREF 2026-0314 */
                            reference: string | null;
                        };
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example inv_01JD8Z3Q6V */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, as an attachment named by the invoice number */
            200: {
                headers: {
                    /** @description `embedded` when the PDF carries the e-invoice, `absent` when it cannot */
                    "tally-e-invoice"?: "embedded" | "absent";
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMessageSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sender settings, without secrets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null: e-mail is not set up */
                        smtp: {
                            /** @example Acme GmbH <hello@acme.example> */
                            from: string;
                            /** @description Whether a password is kept (it is never returned) */
                            hasPassword: boolean;
                            host: string;
                            port: number;
                            secure: boolean;
                            user: string | null;
                        } | null;
                        /** @description null: WhatsApp is not set up */
                        whatsapp: {
                            /** @example https://graph.facebook.com/v21.0 */
                            baseUrl: string;
                            /** @description Whether an access token is kept (it is never returned) */
                            hasToken: boolean;
                            phoneNumberId: string;
                        } | null;
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveMessageSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A channel left out is switched off */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "smtp": {
                 *         "host": "smtp.example.com",
                 *         "port": 587,
                 *         "user": "sales@example.com",
                 *         "password": "s3cret",
                 *         "from": "Sales <sales@example.com>"
                 *       }
                 *     }
                 */
                "application/json": {
                    smtp?: {
                        from: string;
                        host: string;
                        password?: string;
                        port: number;
                        secure?: boolean;
                        user?: string;
                    };
                    whatsapp?: {
                        baseUrl: string;
                        phoneNumberId: string;
                        token: string;
                    };
                };
            };
        };
        responses: {
            /** @description Which channels are set up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": true,
                     *       "whatsapp": false
                     *     }
                     */
                    "application/json": {
                        email: boolean;
                        whatsapp: boolean;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMessageSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    smtp?: {
                        from: string;
                        host: string;
                        /** @description Left out: the stored password is kept */
                        password?: string;
                        port: number;
                        secure?: boolean;
                        user?: string;
                    } | null;
                    whatsapp?: {
                        baseUrl: string;
                        phoneNumberId: string;
                        /** @description Left out: the stored token is kept */
                        token?: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The sender settings after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null: e-mail is not set up */
                        smtp: {
                            /** @example Acme GmbH <hello@acme.example> */
                            from: string;
                            /** @description Whether a password is kept (it is never returned) */
                            hasPassword: boolean;
                            host: string;
                            port: number;
                            secure: boolean;
                            user: string | null;
                        } | null;
                        /** @description null: WhatsApp is not set up */
                        whatsapp: {
                            /** @example https://graph.facebook.com/v21.0 */
                            baseUrl: string;
                            /** @description Whether an access token is kept (it is never returned) */
                            hasToken: boolean;
                            phoneNumberId: string;
                        } | null;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendTestMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    channel: "email" | "whatsapp";
                    /**
                     * @description An e-mail address, or an international phone number for WhatsApp
                     * @example ops@acme.example
                     */
                    to: string;
                };
            };
        };
        responses: {
            /** @description Whether the provider took the test message, and its answer if not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        channel: "email" | "whatsapp";
                        /** @description What the provider answered when it did not */
                        error: string | null;
                        providerMessageId: string | null;
                        /** @description Whether the SMTP server or the WhatsApp API took the message */
                        sent: boolean;
                        /** @description The recipient as it was sent to (normalised) */
                        to: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendBulkMessage: {
        parameters: {
            query?: {
                /** @description true: answer the impact only, change nothing */
                preview?: "true" | "false";
            };
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "email",
                 *       "subject": "Spring offer",
                 *       "body": "Our spring prices are out.",
                 *       "statusId": "sta_3b9e0c1d"
                 *     }
                 */
                "application/json": {
                    body: string;
                    /**
                     * @description E-mail goes to the e-mail address, WhatsApp to the phone
                     * @enum {unknown}
                     */
                    channel: "email" | "whatsapp";
                    /** @description …or these contacts (name one of the two) */
                    contactIds?: string[];
                    /** @description Everyone in this column… */
                    statusId?: string;
                    /** @description E-mail only */
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description The impact, and the messages unless a preview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 2 */
                        failed: number;
                        impact: {
                            /** @example 980 */
                            activeContacts: number;
                            /**
                             * @description The plan’s included contacts; null on a legacy plan
                             * @example 1000
                             */
                            allowance: number | null;
                            /** @example 120 */
                            contactsTouched: number;
                            /** @example 15 */
                            extraOverusage: number;
                            /** @description What the extra overusage costs at the overusage rate */
                            extraOverusageCost: {
                                /** @example 3.75 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description Touched contacts not yet active this month: the ones that start to count
                             * @example 35
                             */
                            newlyActive: number;
                        };
                        messages: {
                            body: string;
                            /**
                             * @description E-mail goes to the e-mail address, WhatsApp to the phone
                             * @enum {unknown}
                             */
                            channel: "email" | "whatsapp";
                            /** @example con_5f1c0a9e2b7d4c3e8a10 */
                            contactId: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @enum {unknown} */
                            direction: "outbound" | "inbound";
                            /** @description Why the provider refused it */
                            error: string | null;
                            /** @example msg_2d4f6a8c0e1b3d5f */
                            id: string;
                            providerMessageId: string | null;
                            /** @example lukasz@example.pl */
                            recipient: string;
                            /**
                             * @description Only `sent` (accepted by the provider) is a message.sent activity
                             * @enum {unknown}
                             */
                            status: "queued" | "sending" | "sent" | "failed" | "unknown" | "received";
                            subject: string | null;
                        }[];
                        /** @description true: nothing was sent */
                        preview: boolean;
                        /** @example 118 */
                        sent: number;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed`, `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description page size, 1 to 100 (default 50) */
                limit?: string;
                /** @description true: unread notices only */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notices, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @description The figures behind the notice, by type; for `usage.threshold_reached` the same as the webhook event’s data */
                            data: {
                                [key: string]: unknown;
                            };
                            /** @example ntf_0m3k9x2a1f3e9c0b7d2a4 */
                            id: string;
                            message: string;
                            readAt: string | null;
                            title: string;
                            /**
                             * @description What the notice is about
                             * @example usage.threshold_reached
                             */
                            type: string;
                        }[];
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice, now read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntf_0m3k9x2a1f3e9c0b7d2a4",
                     *       "type": "usage.threshold_reached",
                     *       "title": "80 % of your active contacts used",
                     *       "message": "2,000 of 2,500 active contacts used in the usage month starting 1 March 2026.",
                     *       "data": {
                     *         "percent": 80,
                     *         "activeContacts": 2000,
                     *         "allowance": 2500
                     *       },
                     *       "createdAt": "2026-03-18T10:42:07+01:00",
                     *       "readAt": null
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        /** @description The figures behind the notice, by type; for `usage.threshold_reached` the same as the webhook event’s data */
                        data: {
                            [key: string]: unknown;
                        };
                        /** @example ntf_0m3k9x2a1f3e9c0b7d2a4 */
                        id: string;
                        message: string;
                        readAt: string | null;
                        title: string;
                        /**
                         * @description What the notice is about
                         * @example usage.threshold_reached
                         */
                        type: string;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example EUR */
                        currency: string;
                        data: {
                            /** @description Per add-on contact and month; null where add-ons are not offered */
                            addonPerContact: {
                                monthly: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                yearly: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            } | null;
                            fees: {
                                monthly: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                yearly: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            };
                            /** @example grow */
                            id: string;
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example Grow */
                            name: string;
                        }[];
                        overusagePerContact: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPropertyDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every property definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @example company */
                            key: string;
                            /** @example Company */
                            label: string;
                            /** @description The choices of a single_select property */
                            options?: string[];
                            /** @enum {unknown} */
                            type: "text" | "number" | "date" | "single_select";
                        }[];
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    defineProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "source",
                 *       "label": "Source",
                 *       "type": "single_select",
                 *       "options": [
                 *         "Fair",
                 *         "Website"
                 *       ]
                 *     }
                 */
                "application/json": {
                    key: string;
                    label: string;
                    options?: string[];
                    /** @enum {unknown} */
                    type: "text" | "number" | "date" | "single_select";
                };
            };
        };
        responses: {
            /** @description The new definition */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example company */
                        key: string;
                        /** @example Company */
                        label: string;
                        /** @description The choices of a single_select property */
                        options?: string[];
                        /** @enum {unknown} */
                        type: "text" | "number" | "date" | "single_select";
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    relabelProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example company */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Company name"
                 *     }
                 */
                "application/json": {
                    label: string;
                };
            };
        };
        responses: {
            /** @description The definition as relabelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example company */
                        key: string;
                        /** @example Company */
                        label: string;
                        /** @description The choices of a single_select property */
                        options?: string[];
                        /** @enum {unknown} */
                        type: "text" | "number" | "date" | "single_select";
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan": "grow",
                 *       "cycle": "yearly",
                 *       "addonContacts": 100,
                 *       "expectedActiveContacts": 420
                 *     }
                 */
                "application/json": {
                    addonContacts?: number;
                    /** @enum {unknown} */
                    cycle: "monthly" | "yearly";
                    expectedActiveContacts?: number;
                    /** @example grow */
                    plan: string;
                };
            };
        };
        responses: {
            /** @description The price, and the options when expected contacts were given */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        configuration: {
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        };
                        expectedActiveContacts?: number;
                        monthlyCost: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @description Every option, cheapest first */
                        options?: {
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            includedContacts: number | null;
                            /** @enum {unknown} */
                            kind: "stay" | "add_addons" | "upgrade" | "upgrade_with_addons";
                            legacy: boolean;
                            monthlyCost: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            overusage: number;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                            rank: number;
                            recommended: boolean;
                            yearlyCost: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                        }[];
                        recommendedPlan?: string;
                        upfront: {
                            lines: {
                                amount: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @example Growth plan, monthly fee */
                                description: string;
                                /** @example 1 */
                                quantity: number;
                                unitPrice: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            }[];
                            total: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                        };
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The columns, left to right */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description Live contacts in the column
                             * @example 42
                             */
                            contacts: number;
                            /** @example sta_3b9e0c1d */
                            id: string;
                            /** @example Qualified */
                            name: string;
                            /**
                             * @description From 0, left to right
                             * @example 2
                             */
                            position: number;
                        }[];
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Negotiation"
                 *     }
                 */
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description The new column */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Live contacts in the column
                         * @example 42
                         */
                        contacts: number;
                        /** @example sta_3b9e0c1d */
                        id: string;
                        /** @example Qualified */
                        name: string;
                        /**
                         * @description From 0, left to right
                         * @example 2
                         */
                        position: number;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStatus: {
        parameters: {
            query: {
                /** @description The column that receives the contacts */
                moveTo: string;
                preview?: "true" | "false";
            };
            header?: {
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path: {
                /** @example sta_3b9e0c1d */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The impact of the deletion (done unless a preview) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        impact: {
                            /** @example 980 */
                            activeContacts: number;
                            /**
                             * @description The plan’s included contacts; null on a legacy plan
                             * @example 1000
                             */
                            allowance: number | null;
                            /** @example 120 */
                            contactsTouched: number;
                            /** @example 15 */
                            extraOverusage: number;
                            /** @description What the extra overusage costs at the overusage rate */
                            extraOverusageCost: {
                                /** @example 3.75 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description Touched contacts not yet active this month: the ones that start to count
                             * @example 35
                             */
                            newlyActive: number;
                        };
                        /** @description true: nothing was changed */
                        preview: boolean;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStatus: {
        parameters: {
            query?: {
                /** @description true: answer the impact only, change nothing */
                preview?: "true" | "false";
            };
            header?: {
                /** @description Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api` */
                "tally-actor"?: "user" | "api" | "automation";
            };
            path: {
                /** @example sta_3b9e0c1d */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A new name touches every contact in it */
                    name?: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description The column as changed (or not, in a preview) and the impact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        impact: {
                            /** @example 980 */
                            activeContacts: number;
                            /**
                             * @description The plan’s included contacts; null on a legacy plan
                             * @example 1000
                             */
                            allowance: number | null;
                            /** @example 120 */
                            contactsTouched: number;
                            /** @example 15 */
                            extraOverusage: number;
                            /** @description What the extra overusage costs at the overusage rate */
                            extraOverusageCost: {
                                /** @example 3.75 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description Touched contacts not yet active this month: the ones that start to count
                             * @example 35
                             */
                            newlyActive: number;
                        };
                        /** @description true: nothing was changed */
                        preview: boolean;
                        /** @description The column as changed; null in a preview */
                        status: {
                            /**
                             * @description Live contacts in the column
                             * @example 42
                             */
                            contacts: number;
                            /** @example sta_3b9e0c1d */
                            id: string;
                            /** @example Qualified */
                            name: string;
                            /**
                             * @description From 0, left to right
                             * @example 2
                             */
                            position: number;
                        } | null;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `month_closed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "active",
                     *       "startsAt": "2026-01-01T00:00:00+01:00",
                     *       "plan": "grow",
                     *       "planName": "Grow",
                     *       "legacy": false,
                     *       "cycle": "monthly",
                     *       "addonContacts": 100,
                     *       "includedContacts": 250,
                     *       "allowance": 350,
                     *       "currentCycle": {
                     *         "start": "2026-03-01T00:00:00+01:00",
                     *         "end": "2026-04-01T00:00:00+02:00"
                     *       },
                     *       "currentMonth": {
                     *         "start": "2026-03-01T00:00:00+01:00",
                     *         "end": "2026-04-01T00:00:00+02:00"
                     *       },
                     *       "scheduledChanges": []
                     *     }
                     */
                    "application/json": {
                        addonContacts: number;
                        /** @description This month’s allowance, by the configuration in force at the month’s end */
                        allowance: number | null;
                        currentCycle?: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            end: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            start: string;
                        };
                        currentMonth?: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            end: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            start: string;
                        };
                        /** @enum {unknown} */
                        cycle: "monthly" | "yearly";
                        includedContacts: number | null;
                        legacy: boolean;
                        /** @example grow */
                        plan: string;
                        /** @example Grow */
                        planName?: string;
                        scheduledChanges: ({
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        } | {
                            /** @enum {boolean} */
                            cancel: true;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                        })[];
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        startsAt: string;
                        /**
                         * @description `ending` once a cancellation is scheduled, `ended` once it took effect
                         * @enum {unknown}
                         */
                        status: "active" | "ending" | "ended";
                    } | {
                        allowance: number | null;
                        currentCycle?: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            end: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            start: string;
                        };
                        currentMonth?: {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            end: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            start: string;
                        };
                        /** @description No configuration in force: the subscription has ended */
                        plan: null;
                        scheduledChanges: ({
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        } | {
                            /** @enum {boolean} */
                            cancel: true;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                        })[];
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        startsAt: string;
                        /**
                         * @description `ending` once a cancellation is scheduled, `ended` once it took effect
                         * @enum {unknown}
                         */
                        status: "active" | "ending" | "ended";
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubscriptionChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every change, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @example chg_01JD8Z3Q6V */
                            id: string;
                            /** @description What takes effect at once (an upgrade), with its pro-rata lines */
                            immediate: {
                                addonContacts: number;
                                /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                                allowance: number | null;
                                /** @enum {unknown} */
                                cycle: "monthly" | "yearly";
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                effectiveAt: string;
                                includedContacts: number | null;
                                legacy: boolean;
                                /** @example grow */
                                plan: string;
                                /** @example Grow */
                                planName?: string;
                            } | null;
                            lines: {
                                amount: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @example Growth plan, monthly fee */
                                description: string;
                                /** @example 1 */
                                quantity: number;
                                unitPrice: {
                                    /**
                                     * @description Decimal euros with two places; negative for a credit
                                     * @example 119.00
                                     */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                            }[];
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            requestedAt: string;
                            /** @description What takes effect at the cycle end (a downgrade or a cancellation) */
                            scheduled: {
                                addonContacts: number;
                                /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                                allowance: number | null;
                                /** @enum {unknown} */
                                cycle: "monthly" | "yearly";
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                effectiveAt: string;
                                includedContacts: number | null;
                                legacy: boolean;
                                /** @example grow */
                                plan: string;
                                /** @example Grow */
                                planName?: string;
                            } | {
                                /** @enum {boolean} */
                                cancel: true;
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                effectiveAt: string;
                            } | null;
                            total: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan": "expand",
                 *       "preview": true
                 *     }
                 */
                "application/json": {
                    addonContacts?: number;
                    cancel?: boolean;
                    /** @enum {unknown} */
                    cycle?: "monthly" | "yearly";
                    /** @example grow */
                    plan?: string;
                    /** @description Price the change and change nothing */
                    preview?: boolean;
                };
            };
        };
        responses: {
            /** @description The change priced (preview); nothing was changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preview": true,
                     *       "id": "chg_01JD8Z3Q6V",
                     *       "requestedAt": "2026-03-15T10:00:00+01:00",
                     *       "immediate": {
                     *         "effectiveAt": "2026-03-15T10:00:00+01:00",
                     *         "plan": "expand",
                     *         "planName": "Expand",
                     *         "legacy": false,
                     *         "cycle": "monthly",
                     *         "addonContacts": 0,
                     *         "includedContacts": 500,
                     *         "allowance": 500
                     *       },
                     *       "scheduled": null,
                     *       "lines": [
                     *         {
                     *           "description": "Expand monthly, pro rata 2026-03-15 – 2026-04-01",
                     *           "quantity": 1,
                     *           "unitPrice": {
                     *             "amount": "54.84",
                     *             "currency": "EUR"
                     *           },
                     *           "amount": {
                     *             "amount": "54.84",
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "total": {
                     *         "amount": "54.84",
                     *         "currency": "EUR"
                     *       },
                     *       "net": {
                     *         "amount": "54.84",
                     *         "currency": "EUR"
                     *       },
                     *       "vatRate": "19.00",
                     *       "vat": {
                     *         "amount": "10.42",
                     *         "currency": "EUR"
                     *       },
                     *       "gross": {
                     *         "amount": "65.26",
                     *         "currency": "EUR"
                     *       },
                     *       "reverseCharge": false
                     *     }
                     */
                    "application/json": {
                        gross: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @example chg_01JD8Z3Q6V */
                        id: string;
                        /** @description What takes effect at once (an upgrade), with its pro-rata lines */
                        immediate: {
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        } | null;
                        lines: {
                            amount: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @example Growth plan, monthly fee */
                            description: string;
                            /** @example 1 */
                            quantity: number;
                            unitPrice: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                        }[];
                        net: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @description True when only priced: nothing was changed */
                        preview: boolean;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        requestedAt: string;
                        /** @description True when the buyer accounts for the VAT (0 %, category AE) */
                        reverseCharge: boolean;
                        /** @description What takes effect at the cycle end (a downgrade or a cancellation) */
                        scheduled: {
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        } | {
                            /** @enum {boolean} */
                            cancel: true;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                        } | null;
                        total: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        vat: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /**
                         * @description Percent with two decimals
                         * @example 19.00
                         */
                        vatRate: string;
                    };
                };
            };
            /** @description The change, made */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preview": true,
                     *       "id": "chg_01JD8Z3Q6V",
                     *       "requestedAt": "2026-03-15T10:00:00+01:00",
                     *       "immediate": {
                     *         "effectiveAt": "2026-03-15T10:00:00+01:00",
                     *         "plan": "expand",
                     *         "planName": "Expand",
                     *         "legacy": false,
                     *         "cycle": "monthly",
                     *         "addonContacts": 0,
                     *         "includedContacts": 500,
                     *         "allowance": 500
                     *       },
                     *       "scheduled": null,
                     *       "lines": [
                     *         {
                     *           "description": "Expand monthly, pro rata 2026-03-15 – 2026-04-01",
                     *           "quantity": 1,
                     *           "unitPrice": {
                     *             "amount": "54.84",
                     *             "currency": "EUR"
                     *           },
                     *           "amount": {
                     *             "amount": "54.84",
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "total": {
                     *         "amount": "54.84",
                     *         "currency": "EUR"
                     *       },
                     *       "net": {
                     *         "amount": "54.84",
                     *         "currency": "EUR"
                     *       },
                     *       "vatRate": "19.00",
                     *       "vat": {
                     *         "amount": "10.42",
                     *         "currency": "EUR"
                     *       },
                     *       "gross": {
                     *         "amount": "65.26",
                     *         "currency": "EUR"
                     *       },
                     *       "reverseCharge": false
                     *     }
                     */
                    "application/json": {
                        gross: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @example chg_01JD8Z3Q6V */
                        id: string;
                        /** @description What takes effect at once (an upgrade), with its pro-rata lines */
                        immediate: {
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        } | null;
                        lines: {
                            amount: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @example Growth plan, monthly fee */
                            description: string;
                            /** @example 1 */
                            quantity: number;
                            unitPrice: {
                                /**
                                 * @description Decimal euros with two places; negative for a credit
                                 * @example 119.00
                                 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                        }[];
                        net: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /** @description True when only priced: nothing was changed */
                        preview: boolean;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        requestedAt: string;
                        /** @description True when the buyer accounts for the VAT (0 %, category AE) */
                        reverseCharge: boolean;
                        /** @description What takes effect at the cycle end (a downgrade or a cancellation) */
                        scheduled: {
                            addonContacts: number;
                            /** @description Included plus add-on contacts; null on a legacy plan (no limit) */
                            allowance: number | null;
                            /** @enum {unknown} */
                            cycle: "monthly" | "yearly";
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                            includedContacts: number | null;
                            legacy: boolean;
                            /** @example grow */
                            plan: string;
                            /** @example Grow */
                            planName?: string;
                        } | {
                            /** @enum {boolean} */
                            cancel: true;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            effectiveAt: string;
                        } | null;
                        total: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        vat: {
                            /**
                             * @description Decimal euros with two places; negative for a credit
                             * @example 119.00
                             */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /**
                         * @description Percent with two decimals
                         * @example 19.00
                         */
                        vatRate: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current month and its month-end forecast */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "periodStart": "2026-03-01T00:00:00+01:00",
                     *       "periodEnd": "2026-04-01T00:00:00+02:00",
                     *       "timezone": "Europe/Berlin",
                     *       "plan": "grow",
                     *       "legacy": false,
                     *       "activeContacts": 2640,
                     *       "includedContacts": 2000,
                     *       "addonContacts": 500,
                     *       "allowance": 2500,
                     *       "overusage": 140,
                     *       "overusageCost": {
                     *         "amount": "14.00",
                     *         "currency": "EUR"
                     *       },
                     *       "forecast": {
                     *         "activeContacts": 2910,
                     *         "overusage": 410,
                     *         "overusageCost": {
                     *           "amount": "41.00",
                     *           "currency": "EUR"
                     *         },
                     *         "projectedBill": {
                     *           "planCost": {
                     *             "amount": "99.00",
                     *             "currency": "EUR"
                     *           },
                     *           "overusageCost": {
                     *             "amount": "41.00",
                     *             "currency": "EUR"
                     *           },
                     *           "net": {
                     *             "amount": "140.00",
                     *             "currency": "EUR"
                     *           },
                     *           "vatRate": "19.00",
                     *           "vat": {
                     *             "amount": "26.60",
                     *             "currency": "EUR"
                     *           },
                     *           "gross": {
                     *             "amount": "166.60",
                     *             "currency": "EUR"
                     *           },
                     *           "reverseCharge": false
                     *         },
                     *         "method": "recent pace without spike days, blended with the previous month (docs/forecast.md)"
                     *       },
                     *       "thresholds": [
                     *         {
                     *           "percent": 80,
                     *           "reachedAt": "2026-03-18T10:42:07+01:00"
                     *         },
                     *         {
                     *           "percent": 100,
                     *           "reachedAt": "2026-03-27T16:03:55+01:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        activeContacts: number;
                        addonContacts: number | null;
                        /** @description Included plus add-on contacts; null when nothing limits the month (legacy plan) */
                        allowance: number | null;
                        /** @description The month-end projection */
                        forecast: {
                            activeContacts: number;
                            method: string;
                            overusage: number;
                            overusageCost: {
                                /** @example 12.50 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /** @description The month’s cost at this pace, with VAT; null once the subscription has ended */
                            projectedBill: {
                                gross: {
                                    /** @example 12.50 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                net: {
                                    /** @example 12.50 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                overusageCost: {
                                    /** @example 12.50 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @description The plan’s price for one month (a yearly cycle spread over twelve) */
                                planCost: {
                                    /** @example 12.50 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /** @description VAT owed by the buyer (0 % charged) */
                                reverseCharge: boolean;
                                vat: {
                                    /** @example 12.50 */
                                    amount: string;
                                    /** @example EUR */
                                    currency: string;
                                };
                                /**
                                 * @description A percentage
                                 * @example 19.00
                                 */
                                vatRate: string;
                            } | null;
                        };
                        includedContacts: number | null;
                        legacy: boolean;
                        overusage: number;
                        overusageCost: {
                            /** @example 12.50 */
                            amount: string;
                            /** @example EUR */
                            currency: string;
                        };
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        periodEnd: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        periodStart: string;
                        plan: string | null;
                        /** @description The notice thresholds of the allowance and when each was passed; none on legacy plans */
                        thresholds: {
                            /** @example 80 */
                            percent: number;
                            reachedAt: string | null;
                        }[];
                        /** @example Europe/Berlin */
                        timezone: string;
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActiveContacts: {
        parameters: {
            query?: {
                /** @description The previous page’s `nextCursor` */
                cursor?: string;
                /** @description the CSV export’s separator: semicolon for spreadsheets in German locales */
                delimiter?: "comma" | "semicolon";
                /** @description only contacts whose first qualifying activity was of this kind */
                kind?: "contact.created" | "contact.status_changed" | "message.sent" | "note.added" | "property.set" | "status.renamed";
                /** @description page size, 1 to 1000 (default 100) */
                limit?: string;
                /** @description "current" or YYYY-MM, the local month the usage month starts in */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of active contacts; with Accept: text/csv, all of them as a CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Null for contacts Tally does not host (activities posted from another CRM) */
                            contact: {
                                deleted: boolean;
                                email: string | null;
                                name: string | null;
                            } | null;
                            /** @example con_01JD8Z3Q6V */
                            contactId: string;
                            /** @description The activity that made the contact active this month */
                            firstActivity: {
                                /** @enum {unknown} */
                                actor: "user" | "funnel" | "import" | "api" | "automation";
                                id: string;
                                /** @enum {unknown} */
                                kind: "contact.created" | "contact.status_changed" | "message.sent" | "note.added" | "property.set" | "status.renamed";
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T00:00:00+01:00
                                 */
                                occurredAt: string;
                            };
                        }[];
                        /** @description Null on the last page */
                        nextCursor: string | null;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        periodEnd: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        periodStart: string;
                    };
                    "text/csv": string;
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `ledger_pruned` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDailyUsage: {
        parameters: {
            query?: {
                /** @description "current" or YYYY-MM, the local month the usage month starts in */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month’s days up to today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "periodStart": "2026-03-01T00:00:00+01:00",
                     *       "periodEnd": "2026-04-01T00:00:00+02:00",
                     *       "timezone": "Europe/Berlin",
                     *       "activeContacts": 57,
                     *       "allowance": 2500,
                     *       "days": [
                     *         {
                     *           "date": "2026-03-01",
                     *           "newlyActive": 12,
                     *           "cumulative": 12
                     *         },
                     *         {
                     *           "date": "2026-03-02",
                     *           "newlyActive": 45,
                     *           "cumulative": 57
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        activeContacts: number;
                        /** @description Included plus add-on contacts; null when nothing limits the month (legacy plan) */
                        allowance: number | null;
                        /** @description Each local day of the month up to today */
                        days: {
                            cumulative: number;
                            /**
                             * Format: date
                             * @example 2026-03-02
                             */
                            date: string;
                            newlyActive: number;
                        }[];
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        periodEnd: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        periodStart: string;
                        timezone: string;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsageMonths: {
        parameters: {
            query?: {
                /** @description page size, 1 to 120 (default 24) */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The months, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "period": "2026-03",
                     *           "periodStart": "2026-03-01T00:00:00+01:00",
                     *           "periodEnd": "2026-04-01T00:00:00+02:00",
                     *           "activeContacts": 2640,
                     *           "allowance": 2500,
                     *           "overusage": 140,
                     *           "overusageCost": {
                     *             "amount": "14.00",
                     *             "currency": "EUR"
                     *           },
                     *           "closed": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            activeContacts: number;
                            /** @description Included plus add-on contacts; null when nothing limits the month (legacy plan) */
                            allowance: number | null;
                            /** @description Closed and invoiced: its figures never change again */
                            closed: boolean;
                            overusage: number;
                            overusageCost: {
                                /** @example 12.50 */
                                amount: string;
                                /** @example EUR */
                                currency: string;
                            };
                            /**
                             * @description The `period` the other usage operations take
                             * @example 2026-03
                             */
                            period: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            periodEnd: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            periodStart: string;
                        }[];
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every endpoint, oldest first (without secrets) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            consecutiveFailures: number;
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            description: string | null;
                            disabledAt: string | null;
                            /** @example disabled after 5 days of failed deliveries */
                            disabledReason: string | null;
                            enabled: boolean;
                            /** @description null: every event */
                            eventTypes: ("usage.threshold_reached" | "invoice.finalized" | "invoice.paid" | "invoice.overdue" | "month.closed")[] | null;
                            /** @example whe_9a8b7c6d5e4f3a2b */
                            id: string;
                            /** @example https://crm.example.com/hooks/tally */
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://crm.example.com/hooks/tally",
                 *       "description": "CRM sync",
                 *       "eventTypes": [
                 *         "usage.threshold_reached",
                 *         "invoice.finalized"
                 *       ]
                 *     }
                 */
                "application/json": {
                    description?: string;
                    /** @description the events to receive; null or absent: all of them */
                    eventTypes?: ("usage.threshold_reached" | "invoice.finalized" | "invoice.paid" | "invoice.overdue" | "month.closed")[] | null;
                    /** @description An http(s) URL on a public address */
                    url: string;
                };
            };
        };
        responses: {
            /** @description The new endpoint with its signing secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "whe_9a8b7c6d5e4f3a2b",
                     *       "url": "https://crm.example.com/hooks/tally",
                     *       "description": "CRM sync",
                     *       "eventTypes": [
                     *         "usage.threshold_reached",
                     *         "invoice.finalized"
                     *       ],
                     *       "enabled": true,
                     *       "disabledAt": null,
                     *       "disabledReason": null,
                     *       "consecutiveFailures": 0,
                     *       "createdAt": "2026-03-02T10:15:00+01:00",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": {
                        consecutiveFailures: number;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        description: string | null;
                        disabledAt: string | null;
                        /** @example disabled after 5 days of failed deliveries */
                        disabledReason: string | null;
                        enabled: boolean;
                        /** @description null: every event */
                        eventTypes: ("usage.threshold_reached" | "invoice.finalized" | "invoice.paid" | "invoice.overdue" | "month.closed")[] | null;
                        /** @example whe_9a8b7c6d5e4f3a2b */
                        id: string;
                        /**
                         * @description The signing secret (Standard Webhooks)
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret: string;
                        /** @example https://crm.example.com/hooks/tally */
                        url: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress`, `idempotency_secret_withheld` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whe_9a8b7c6d5e4f3a2b */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its signing secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "whe_9a8b7c6d5e4f3a2b",
                     *       "url": "https://crm.example.com/hooks/tally",
                     *       "description": "CRM sync",
                     *       "eventTypes": [
                     *         "usage.threshold_reached",
                     *         "invoice.finalized"
                     *       ],
                     *       "enabled": true,
                     *       "disabledAt": null,
                     *       "disabledReason": null,
                     *       "consecutiveFailures": 0,
                     *       "createdAt": "2026-03-02T10:15:00+01:00",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": {
                        consecutiveFailures: number;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        description: string | null;
                        disabledAt: string | null;
                        /** @example disabled after 5 days of failed deliveries */
                        disabledReason: string | null;
                        enabled: boolean;
                        /** @description null: every event */
                        eventTypes: ("usage.threshold_reached" | "invoice.finalized" | "invoice.paid" | "invoice.overdue" | "month.closed")[] | null;
                        /** @example whe_9a8b7c6d5e4f3a2b */
                        id: string;
                        /**
                         * @description The signing secret (Standard Webhooks)
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret: string;
                        /** @example https://crm.example.com/hooks/tally */
                        url: string;
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whe_9a8b7c6d5e4f3a2b */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whe_9a8b7c6d5e4f3a2b */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    description?: string;
                    /** @description true re-enables an endpoint disabled after failures; false disables it */
                    enabled?: boolean;
                    /** @description the events to receive; null or absent: all of them */
                    eventTypes?: ("usage.threshold_reached" | "invoice.finalized" | "invoice.paid" | "invoice.overdue" | "month.closed")[] | null;
                    /** @description An http(s) URL on a public address */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description The endpoint as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consecutiveFailures: number;
                        /**
                         * Format: date-time
                         * @example 2026-03-01T00:00:00+01:00
                         */
                        createdAt: string;
                        description: string | null;
                        disabledAt: string | null;
                        /** @example disabled after 5 days of failed deliveries */
                        disabledReason: string | null;
                        enabled: boolean;
                        /** @description null: every event */
                        eventTypes: ("usage.threshold_reached" | "invoice.finalized" | "invoice.paid" | "invoice.overdue" | "month.closed")[] | null;
                        /** @example whe_9a8b7c6d5e4f3a2b */
                        id: string;
                        /** @example https://crm.example.com/hooks/tally */
                        url: string;
                    };
                };
            };
            /** @description Problem: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example whe_9a8b7c6d5e4f3a2b */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The last 100 events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first, the last 100 events */
                        data: {
                            attempts: {
                                attempt: number;
                                attemptedAt: string | null;
                                durationMs: number;
                                /** @example connect ECONNREFUSED */
                                error: string | null;
                                /** @description The receiver’s HTTP status */
                                statusCode: number | null;
                            }[];
                            /**
                             * Format: date-time
                             * @example 2026-03-01T00:00:00+01:00
                             */
                            createdAt: string;
                            /** @example invoice.finalized */
                            eventType: string;
                            finishedAt: string | null;
                            /** @example whd_1a2b3c4d5e6f7a8b */
                            id: string;
                            /** @description The webhook-id header: the same on every attempt */
                            messageId: string;
                            /** @description Only while pending */
                            nextAttemptAt: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "failed" | "skipped";
                        }[];
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path: {
                deliveryId: string;
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, due again */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveryId: string;
                        /** @description The webhook-id the receiver sees */
                        messageId: string;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendTestWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422 */
                "idempotency-key"?: string;
            };
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event, queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveryId: string;
                        /** @description The webhook-id the receiver sees */
                        messageId: string;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            /** @description Problem: `validation_failed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `database_unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `storage_full` */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
