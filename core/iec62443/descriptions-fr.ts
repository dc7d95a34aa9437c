// Plain-English summaries of the seven foundational requirements, written for this tool (no standard text).
// Kept apart from the SR/CR descriptions because 3-3 and 4-2 share the same FRs.
export const DESCRIPTIONS_FR: Readonly<Record<string, string>> = {
  'FR 1':
    'Know who or what is connecting: identify and authenticate every person, process and device before giving access.',
  'FR 2':
    'Once someone is logged in, limit what they can do to what their role allows, and keep a record of what they did.',
  'FR 3': 'Keep software, configuration, data and messages free from unauthorised change, and notice when it happens.',
  'FR 4':
    'Keep sensitive information such as credentials, recipes and configs unreadable to anyone without a right to it.',
  'FR 5': 'Split the system into zones and control which traffic may cross between them, so an attack stays contained.',
  'FR 6': 'Make security events visible and keep the evidence, so incidents are noticed and handled in good time.',
  'FR 7': 'Keep the process running through attacks and failures: resist floods, keep backups and recover cleanly.',
};
