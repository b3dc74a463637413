// The mailing cities the example forms offer. The landline must carry the
// city's area code (R-TEL-3, option `cityCode`); the mobile's home location
// is compared with the filing province (R-TEL-4, option `province`).
export const CITIES = [
  { label: '福州市', value: '350100' },
  { label: '深圳市', value: '440300' },
  { label: '北京市', value: '110100' },
];

/** The province of a city's division code: 350100 → 350000. */
export const provinceOf = (city: string) => `${city.slice(0, 2)}0000`;
