import { describe, expect, it } from 'vitest';
import { normalizeVocabulary, splitTags, vocabularyValues, type Vocabulary } from './normalize';

describe('normalizeVocabulary', () => {
  const cases: [Vocabulary, string, string][] = [
    ['channel', 'Email', 'email'],
    ['channel', 'E-mail', 'email'],
    ['channel', 'mail', 'email'],
    ['channel', 'Live Chat', 'chat'],
    ['channel', 'web_chat', 'chat'],
    ['channel', 'Messenger', 'chat'],
    ['channel', 'Customer Care Call', 'phone'], // comcast
    ['channel', 'Phone call (incoming)', 'phone'], // Zendesk via
    ['channel', 'Voice', 'phone'],
    ['channel', 'telephone', 'phone'],
    ['channel', 'Social media', 'social'], // customer_support_tickets.csv
    ['channel', 'Twitter', 'social'],
    ['channel', 'facebook', 'social'],
    ['channel', 'Instagram', 'social'],
    ['channel', 'WhatsApp', 'whatsapp'],
    ['channel', 'Web form', 'web'],
    ['channel', 'Web Widget', 'web'],
    ['channel', 'Internet', 'web'], // comcast
    ['channel', 'Portal', 'web'], // Freshdesk source
    ['channel', 'Mobile SDK', 'web'],
    ['channel', 'SMS', 'sms'],
    ['channel', 'API', 'api'],
    ['channel', 'Closed ticket', 'other'],
    ['channel', 'ایمیل', 'email'],
    ['channel', 'تلفن', 'phone'],
    ['channel', 'چت', 'chat'],
    ['channel', 'بريد إلكتروني', 'email'],
    ['channel', 'هاتف', 'phone'],
    ['channel', 'دردشة', 'chat'],
    ['channel', 'טלפון', 'phone'],
    ['channel', "צ'אט", 'chat'],
    ['channel', 'אימייל', 'email'],
    ['channel', 'واتس‌اپ', 'whatsapp'],
    ['channel', '  Carrier Pigeon ', 'carrier pigeon'], // unknown: passes through
    ['channel', '', ''],
    ['channel', 'UNKNOWN', ''], // a placeholder is missing data, not a channel
    ['status', 'N/A', ''],
    ['priority', '-', ''],
    ['priority', '(none)', ''],
    ['status', 'New', 'open'],
    ['status', 'In Progress', 'open'],
    ['status', 'in_progress', 'open'],
    ['status', 'On-Hold', 'open'],
    ['status', 'hold', 'open'],
    ['status', 'Pending Customer Response', 'pending'],
    ['status', 'Waiting on Customer', 'pending'],
    ['status', 'Solved', 'resolved'],
    ['status', 'Done', 'resolved'],
    ['status', 'Fixed', 'resolved'],
    ['status', 'Closed', 'closed'],
    ['status', 'Archived', 'closed'],
    ['status', 'مفتوح', 'open'],
    ['status', 'بسته', 'closed'],
    ['status', 'סגור', 'closed'],
    ['status', 'Spam', 'spam'],
    ['priority', 'Low', 'low'],
    ['priority', 'Medium', 'normal'],
    ['priority', 'normal', 'normal'],
    ['priority', 'High', 'high'],
    ['priority', 'Critical', 'urgent'],
    ['priority', 'P1', 'urgent'],
    ['priority', 'عاجل', 'urgent'],
    ['priority', 'فوری', 'urgent'],
    ['direction', 'Inbound', 'in'],
    ['direction', 'incoming', 'in'],
    ['direction', 'customer', 'in'],
    ['direction', 'user', 'in'],
    ['direction', 'received', 'in'],
    ['direction', 'Outbound', 'out'],
    ['direction', 'outbound-api', 'out'], // Twilio
    ['direction', 'admin', 'out'], // Intercom author type
    ['direction', 'agent', 'out'],
    ['direction', 'sent', 'out'],
    ['direction', 'bot', 'bot'], // deliberately neither
    ['abandon_stage', 'Greeting', 'greeting'],
    ['abandon_stage', 'IVR', 'ivr'],
    ['abandon_stage', 'on hold', 'hold'],
    ['abandon_stage', 'Queue', 'hold']
  ];
  it.each(cases)('%s: %j → %j', (vocab, raw, expected) => {
    expect(normalizeVocabulary(vocab, raw)).toBe(expected);
    expect(normalizeVocabulary(vocab, raw), 'memoised answer is the same').toBe(expected);
  });

  it('maps into the canonical values only (or passes unknowns through)', () => {
    expect(vocabularyValues('channel')).toEqual([
      'email',
      'chat',
      'phone',
      'social',
      'whatsapp',
      'web',
      'sms',
      'api',
      'other'
    ]);
    expect(vocabularyValues('status')).toEqual(['open', 'pending', 'resolved', 'closed']);
    expect(vocabularyValues('priority')).toEqual(['low', 'normal', 'high', 'urgent']);
    expect(vocabularyValues('direction')).toEqual(['in', 'out']);
    expect(vocabularyValues('abandon_stage')).toEqual(['greeting', 'ivr', 'hold']);
  });
});

describe('splitTags', () => {
  it.each([
    ['billing; Refund ;vip', ['billing', 'refund', 'vip']],
    ['a,b|c', ['a', 'b', 'c']],
    [' , ;| ', []],
    ['', []],
    ['late delivery', ['late delivery']],
    ['VIP;vip', ['vip']]
  ] as [string, string[]][])('%j → %j', (raw, expected) => {
    expect(splitTags(raw)).toEqual(expected);
  });
});
