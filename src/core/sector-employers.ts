// Well-known employers per seed sector, beyond the seed's own examples (which come from the taxonomy).
// Names are written plainly; sector.ts normalises them the same way as a posting's company field.
// Amazon is listed by the seed under two sectors: plain "Amazon" is E-commerce & Retail (most of its
// postings), "Amazon Web Services"/"AWS" is Information Technology — the longest matching name wins.
export const EMPLOYERS: Record<string, string[]> = {
  'Information Technology & Software Development': [
    'Amazon Web Services', 'AWS', 'Alphabet', 'Facebook', 'Apple', 'NVIDIA', 'Intel', 'AMD', 'Salesforce', 'Adobe',
    'Cisco', 'Dell Technologies', 'Hewlett Packard Enterprise', 'HP', 'VMware', 'ServiceNow', 'Workday',
    'Snowflake', 'Databricks', 'Palantir', 'OpenAI', 'Anthropic', 'DeepMind', 'Google DeepMind', 'Atlassian',
    'Infosys', 'Tata Consultancy Services', 'TCS', 'Wipro', 'Cognizant', 'HCLTech', 'HCL Technologies',
    'Tech Mahindra', 'Capgemini', 'Dropbox', 'Zoom Video Communications', 'MongoDB', 'Elastic', 'Datadog',
    'Cloudflare', 'GitHub', 'GitLab', 'Red Hat', 'Autodesk', 'Hugging Face', 'Scale AI', 'Cohere', 'Mistral AI',
    'Qualcomm', 'Vercel', 'Twilio', 'Confluent', 'Okta', 'Splunk',
  ],
  'Finance & FinTech': [
    'JPMorgan', 'J.P. Morgan', 'JPMorgan Chase Bank', 'Chase', 'Visa', 'American Express', 'Goldman Sachs',
    'Morgan Stanley', 'Bank of America', 'Citi', 'Citigroup', 'Citibank', 'Wells Fargo', 'BlackRock',
    'Fidelity Investments', 'Charles Schwab', 'HSBC', 'Barclays', 'Deutsche Bank', 'UBS', 'BNP Paribas',
    'Santander', 'ING', 'Royal Bank of Canada', 'RBC', 'TD Bank', 'Scotiabank', 'BMO', 'Commonwealth Bank',
    'HDFC Bank', 'ICICI Bank', 'DBS Bank', 'Standard Chartered', 'Stripe', 'Block', 'Square', 'Revolut', 'Monzo',
    'Klarna', 'Adyen', 'Robinhood', 'Coinbase', 'Chime', 'Plaid', 'SoFi', 'Affirm', 'Two Sigma', 'Citadel',
    'Jane Street', 'Discover Financial Services', 'Synchrony', 'Ally Financial', 'State Street', 'Northern Trust',
    'Nubank', 'Wise', 'Brex', 'Ramp', 'Allianz', 'AXA', 'Prudential', 'MetLife',
    // Accounting, tax and payroll software is FinTech (docs/sector-labels.md).
    'Intuit',
  ],
  'Healthcare & Pharmaceuticals': [
    'GE HealthCare', 'Johnson & Johnson', 'Janssen', 'Roche', 'Genentech', 'Novartis', 'Merck', 'Merck Sharp & Dohme',
    'MSD', 'AstraZeneca', 'GSK', 'GlaxoSmithKline', 'Sanofi', 'Eli Lilly', 'Lilly', 'AbbVie', 'Bristol Myers Squibb',
    'Amgen', 'Gilead Sciences', 'Novo Nordisk', 'Moderna', 'Regeneron', 'Biogen', 'Takeda', 'Medtronic', 'Abbott',
    'Boston Scientific', 'Stryker', 'UnitedHealth Group', 'Optum', 'CVS Health', 'Kaiser Permanente', 'Mayo Clinic',
    'Cleveland Clinic', 'Tempus', 'Illumina', 'Thermo Fisher Scientific', 'IQVIA', 'Recursion', 'Elevance Health',
    'Cigna', 'Humana', 'HCA Healthcare', 'NHS', 'Philips Healthcare', 'Insilico Medicine',
  ],
  'E-commerce & Retail': [
    'eBay', 'Alibaba', 'Target', 'Costco', 'Kroger', 'The Home Depot', 'Home Depot', "Lowe's", 'Best Buy', 'IKEA',
    'Zalando', 'Etsy', 'Wayfair', 'Instacart', 'DoorDash', 'Rakuten', 'Mercado Libre', 'JD.com', 'Tesco',
    "Sainsbury's", 'Aldi', 'Lidl', 'Carrefour', 'Myntra', 'Meesho', 'Chewy', 'Ocado', 'Coupang', 'Shein', 'Inditex',
    'ASOS', 'Sephora', 'Nike', 'H&M', 'Walmart Global Tech', 'Amazon.com',
  ],
  Telecommunications: [
    'Verizon', 'T-Mobile', 'Deutsche Telekom', 'Vodafone', 'BT Group', 'Telefonica', 'Telefónica', 'Orange',
    'Comcast', 'Charter Communications', 'Reliance Jio', 'Jio', 'Bharti Airtel', 'Airtel', 'Singtel', 'Telstra',
    'Rogers Communications', 'Bell Canada', 'Telus', 'Huawei', 'ZTE', 'NTT', 'Swisscom', 'KPN', 'Telia', 'Optus',
    'Vodafone Idea', 'Lumen Technologies', 'Ciena', 'Nokia Bell Labs',
  ],
  'Automotive & Manufacturing': [
    'GM', 'Ford', 'Ford Motor Company', 'Toyota', 'Volkswagen', 'Mercedes-Benz', 'Daimler', 'Audi', 'Porsche',
    'Stellantis', 'Honda', 'Hyundai', 'Kia', 'Nissan', 'Rivian', 'Lucid Motors', 'Waymo', 'Cruise', 'Zoox',
    'Aurora Innovation', 'Bosch', 'Robert Bosch', 'Continental', 'ZF', 'Siemens', 'Honeywell', 'GE Aerospace',
    'Caterpillar', 'John Deere', 'Deere', '3M', 'ABB', 'Schneider Electric', 'Rockwell Automation', 'Boeing',
    'Airbus', 'Tata Motors', 'Maruti Suzuki', 'Volvo', 'Volvo Cars', 'Scania', 'Magna', 'Aptiv', 'Mobileye',
    'BMW Group',
  ],
  'Public Sector & Smart Cities': [],
};
