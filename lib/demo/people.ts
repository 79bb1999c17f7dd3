/** Names and companies of the demo workspace. All domains are under the reserved ".example" TLD. */
export const FIRST_NAMES = [
  'Ann',
  'Ben',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ingrid',
  'Jonas',
  'Keiko',
  'Liam',
  'Maya',
  'Noah',
  'Olga',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yusuf',
  'Zoe',
  'Wei',
  'Li',
  'Fang',
  'Jun',
  'Xiu',
  'Hao',
  'Lan',
  'Ming',
  'Ying',
  'Tao',
  'Hui',
];
export const LAST_NAMES = [
  'Lee',
  'Novak',
  'Garcia',
  'Smith',
  'Rossi',
  'Haddad',
  'Okafor',
  'Tanaka',
  'Berg',
  'Weber',
  'Sato',
  'Murphy',
  'Patel',
  'Cohen',
  'Ivanova',
  'Ruiz',
  'Adams',
  'Silva',
  'Nieminen',
  'Kaur',
  'Rao',
  'Dubois',
  'Zhang',
  'Wang',
  'Chen',
  'Liu',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
];
export const COMPANIES: {
  name: string;
  domain: string;
  industry: string;
  size: '1-10' | '11-50' | '51-200' | '201-1000' | '1000+';
}[] = [
  { name: 'Northwind Trading', domain: 'northwind.example', industry: 'Wholesale', size: '201-1000' },
  { name: 'Globex Logistics', domain: 'globex.example', industry: 'Logistics', size: '1000+' },
  { name: 'Initech Software', domain: 'initech.example', industry: 'Software', size: '51-200' },
  { name: 'Umbrella Health', domain: 'umbrella-health.example', industry: 'Healthcare', size: '1000+' },
  { name: 'Stark Components', domain: 'stark.example', industry: 'Manufacturing', size: '201-1000' },
  { name: 'Wayne Retail', domain: 'wayne-retail.example', industry: 'Retail', size: '1000+' },
  { name: 'Hooli Cloud', domain: 'hooli.example', industry: 'Software', size: '1000+' },
  { name: 'Vandelay Imports', domain: 'vandelay.example', industry: 'Wholesale', size: '11-50' },
  { name: 'Soylent Foods', domain: 'soylent.example', industry: 'Food', size: '201-1000' },
  { name: 'Tyrell Labs', domain: 'tyrell.example', industry: 'Research', size: '51-200' },
  { name: 'Cyberdyne Systems', domain: 'cyberdyne.example', industry: 'Manufacturing', size: '1000+' },
  { name: 'Oceanic Air', domain: 'oceanic.example', industry: 'Travel', size: '1000+' },
  { name: 'Acme Distribution', domain: 'acme-dist.example', industry: 'Distribution', size: '51-200' },
  { name: 'Blue Sun Energy', domain: 'bluesun.example', industry: 'Energy', size: '201-1000' },
  { name: 'City of Springfield', domain: 'springfield-gov.example', industry: 'Public sector', size: '1000+' },
  { name: 'Riverside University', domain: 'riverside-uni.example', industry: 'Education', size: '1000+' },
  { name: '华远贸易', domain: 'huayuan.example', industry: 'Wholesale', size: '201-1000' },
  { name: '长江物流', domain: 'changjiang.example', industry: 'Logistics', size: '1000+' },
  { name: '星辰软件', domain: 'xingchen.example', industry: 'Software', size: '51-200' },
  { name: 'Pied Piper', domain: 'piedpiper.example', industry: 'Software', size: '11-50' },
  // Public-interest bodies (公利客户): they shape the market, they do not buy.
  { name: 'Municipal Trade Bureau', domain: 'trade-bureau.example', industry: 'Government', size: '201-1000' },
  { name: 'Fastener Makers Association', domain: 'fastener-assoc.example', industry: 'Association', size: '11-50' },
  { name: 'Supply Chain Weekly', domain: 'scweekly.example', industry: 'Media', size: '51-200' },
];

/** Name endings and industries for the smaller accounts drawn around the named ones. */
export const COMPANY_SUFFIXES = [
  ['Supplies', 'Wholesale'],
  ['Industries', 'Manufacturing'],
  ['Trading', 'Distribution'],
  ['Foods', 'Food'],
  ['Tools', 'Manufacturing'],
  ['Software', 'Software'],
  ['Clinic', 'Healthcare'],
  ['Engineering', 'Manufacturing'],
  ['Retail', 'Retail'],
  ['Freight', 'Logistics'],
] as const;

/** Industries of the bodies above: institutional customers in the book's sense, never buyers. */
export const PUBLIC_INTEREST_INDUSTRIES: readonly string[] = ['Government', 'Association', 'Media'];
/** Industries of intermediaries: distributors and dealers who resell to end customers. */
export const INTERMEDIARY_INDUSTRIES: readonly string[] = ['Distribution', 'Wholesale'];
export const TITLES = [
  'Purchasing Manager',
  'Head of Operations',
  'CTO',
  'Procurement Lead',
  'Owner',
  'Sales Director',
  'Category Buyer',
  'Finance Director',
  'Project Manager',
  'CEO',
  'Office Manager',
  'Buyer',
];
export const COMPLAINT_TOPICS = [
  { category: 'Late delivery', description: 'The last order arrived two weeks late.' },
  { category: 'Damaged goods', description: 'Part of the shipment arrived damaged.' },
  { category: 'Invoice error', description: 'The invoice did not match the agreed price.' },
  { category: 'Wrong item', description: 'We received a different model than ordered.' },
  { category: 'Slow support', description: 'Nobody answered our support request for a week.' },
];
export const SUBJECTS = [
  'Quarterly order',
  'Pricing for next year',
  'Delivery delay',
  'Re: samples',
  'Contract renewal',
  'Invoice question',
  'New product line',
  'Meeting next week',
  'Feedback on the last shipment',
  'Volume discount',
  'Introduction',
  'Follow-up on our call',
];

/**
 * People in the bundled demo Gmail thread, so the sidebar has something to recognise. Their LinkedIn slugs
 * match the demo profile page (demo/linkedin-profile.html shows Mei Chen).
 */
export const DEMO_THREAD_PEOPLE = [
  {
    name: 'Mei Chen',
    email: 'mei.chen@northwind.example',
    linkedin: 'mei-chen-northwind',
    company: 0,
    title: 'Purchasing Manager',
    key: true,
  },
  {
    name: 'David Novak',
    email: 'david.novak@globex.example',
    linkedin: 'david-novak-globex',
    company: 1,
    title: 'Head of Operations',
    key: false,
  },
] as const;
