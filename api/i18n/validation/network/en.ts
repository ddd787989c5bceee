/** The join form's own answers (api/network/member.schema.ts), in English; cy.ts has the same keys. */
export const en = {
  'network.area.choose': 'Choose the area where you work, or “Beyond Wales”',
  'network.practices.unknown': 'Choose areas of practice from the list',
  'network.profile.notText': 'Your profile must be text',
  'network.profile.tooLong': (limit: string) => `Your profile must be ${limit} characters or fewer`,
  'network.profile.unprintable': 'Your profile contains characters that cannot be shown',
  'network.principles.required': 'Tick the box to agree to the network’s principles',
  'network.principles_version.unknown': 'These principles are not the current ones: reload the page and read them again',
  'network.shown.unknown': 'Choose what the directory may show from the list',
  'network.consent.required': 'Tick the box to agree to us holding what you tell us about yourself',
  'network.reason.required': 'Give the reason for declining: the applicant is told it',
  'network.reason.tooLong': (limit: string) => `The reason must be ${limit} characters or fewer`,
};
