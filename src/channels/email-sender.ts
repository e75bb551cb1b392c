import nodemailer from 'nodemailer';
import type { SendResult } from './send-result.js';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  /** A stable Message-ID, so a receiving server can recognise a duplicate. */
  messageId: string;
}

/** Hands an e-mail to the account's SMTP server; accepted means the server took it for delivery. */
export async function sendEmail(settings: SmtpSettings, email: Email): Promise<SendResult> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // Local and test servers often have no certificate; STARTTLS is used when offered.
    tls: { rejectUnauthorized: false },
  });
  try {
    const info = await transport.sendMail({
      from: settings.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      messageId: email.messageId,
    });
    if (info.rejected.length > 0)
      return { accepted: false, error: `rejected by the SMTP server: ${info.rejected.join(', ')}` };
    return { accepted: true, providerMessageId: info.messageId };
  } catch (error) {
    return { accepted: false, error: `SMTP: ${(error as Error).message}` };
  } finally {
    transport.close();
  }
}
