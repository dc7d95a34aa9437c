// One-line, plain-English descriptions of the IEC 62443-3-2 zone and conduit requirements (ZCRs) and their
// sub-requirements, written for this tool in our own words; they are not the standard's text.
export const DESCRIPTIONS_3_2: Readonly<Record<string, string>> = {
  'ZCR 1': 'Define the system under consideration (SUC): which assets, networks and functions the assessment covers.',
  'ZCR 1.1': 'Draw the boundary of the SUC and list every way in, e.g. remote access, vendor links, USB and wireless.',
  'ZCR 2':
    'Do a first, high-level risk assessment of the whole SUC to find the worst-case impact if it is compromised.',
  'ZCR 2.1': 'Estimate the worst credible consequences of a cyber attack on the SUC (safety, environment, production).',
  'ZCR 3': "Group the SUC's assets into zones with common security needs and define conduits for traffic between them.",
  'ZCR 3.1':
    'Assign every asset to a zone and every communication path to a conduit, based on risk, criticality and function.',
  'ZCR 3.2': 'Keep business IT systems such as ERP and email in zones separate from control system assets.',
  'ZCR 3.3':
    'Put safety instrumented systems and other safety-related assets in their own zones, apart from basic control.',
  'ZCR 3.4':
    'Put laptops, USB devices and other temporarily connected equipment in zones separate from permanent assets.',
  'ZCR 3.5': 'Put wireless devices and access points in zones of their own, apart from the wired control network.',
  'ZCR 3.6': 'Put devices reached over external networks, e.g. remote sites or vendor links, in separate zones.',
  'ZCR 4':
    "Decide from the first-pass assessment whether the SUC's risk is already tolerable or needs a detailed look.",
  'ZCR 4.1': "Check the first-pass risk against the organisation's tolerable-risk threshold and record the outcome.",
  'ZCR 5':
    'Assess each zone and conduit in depth: threats, weaknesses, consequences, likelihood and needed countermeasures.',
  'ZCR 5.1':
    'List credible threat sources and scenarios for the zone or conduit, e.g. insiders, malware, remote attackers.',
  'ZCR 5.2':
    "Find weaknesses in the zone's assets and conduits, e.g. from scans, vendor advisories and config reviews.",
  'ZCR 5.3':
    'Work out what each threat scenario would do to safety, environment, production and business if it succeeded.',
  'ZCR 5.4': 'Estimate how likely each threat scenario is before counting any countermeasures already in place.',
  'ZCR 5.5':
    'Combine unmitigated likelihood and impact into a risk rating for each scenario, e.g. using a risk matrix.',
  'ZCR 5.6':
    'Set the target security level for each zone and conduit, per foundational requirement, from the risk found.',
  'ZCR 5.7': "Check each scenario's unmitigated risk against tolerable risk to see where countermeasures are needed.",
  'ZCR 5.8': 'List the security controls already in place for the zone and judge how much they really reduce the risk.',
  'ZCR 5.9':
    'Re-estimate likelihood and impact for each scenario with the existing countermeasures taken into account.',
  'ZCR 5.10': 'Work out the risk that remains for each scenario once existing countermeasures are counted.',
  'ZCR 5.11':
    'Check residual risk against tolerable risk; wherever it is still too high, more countermeasures are needed.',
  'ZCR 5.12':
    'Choose extra technical or procedural countermeasures that bring residual risk down to a tolerable level.',
  'ZCR 5.13':
    'Record the findings of the detailed assessment and share them with the asset owner and those who must act.',
  'ZCR 6':
    "Write down each zone's security requirements and the assumptions and limits they rest on, for designers and suppliers.",
  'ZCR 6.1':
    'Produce the cyber security requirements specification (CRS): the agreed security needs per zone and conduit.',
  'ZCR 6.2': 'Describe the SUC in the CRS: its purpose, boundary, main functions and assets.',
  'ZCR 6.3': 'Include diagrams showing every zone and conduit and the assets that sit in each.',
  'ZCR 6.4': 'Document each zone and conduit: name, boundary, assets, data flows, target SL and owner.',
  'ZCR 6.5': 'Record the assumptions about site, staffing and operating conditions that the security design relies on.',
  'ZCR 6.6':
    'Describe the threats each zone faces, including likely sources, their capabilities and relevant incidents.',
  'ZCR 6.7': 'Note the company security policies the SUC must follow, e.g. password, remote access and patching rules.',
  'ZCR 6.8': "State the organisation's tolerable risk level that the zones and conduits were designed against.",
  'ZCR 6.9': 'List the laws and regulations that impose security obligations on the SUC, e.g. NIS2 or sector rules.',
  'ZCR 7': "Get the asset owner's management to accept the assessment results and the resulting security requirements.",
  'ZCR 7.1':
    'Obtain and keep a record of sign-off from accountable asset-owner management, including the residual risk.',
};
