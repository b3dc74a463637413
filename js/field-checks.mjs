// The field checks the form-library adapters (async-validator, Standard
// Schema, TDesign) offer, by name, with the export of the entry each calls.
export const CHECKS = {
  idNumber: 'validateIdNumber',
  unitCode: 'validateUnitCode',
  phone: 'validatePhone',
  email: 'validateEmail',
  domain: 'validateDomain',
  homepageUrl: 'validateHomepageUrl',
  filingNumber: 'validateFilingNumber',
  ipv4: 'validateIpv4',
  appIdentifier: 'validateAppIdentifier',
  signingFingerprint: 'validateSigningFingerprint',
  publicKey: 'validatePublicKey',
};
