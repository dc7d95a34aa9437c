// One-line, plain-English descriptions of the IEC 62443-3-3 SRs and REs, written for this tool in our own
// words for OT engineers. They say what the system has to do in practice; they are not the standard's text.
export const DESCRIPTIONS_3_3: Readonly<Record<string, string>> = {
  'SR 1.1': 'Make every person log in before using the system, on every human-facing interface, local or remote.',
  'SR 1.1 RE 1': 'Give each person their own account: no shared or group logins for operators, engineers or admins.',
  'SR 1.1 RE 2':
    'Demand a second factor (token, smartcard, app) when people log in from outside the trusted zone, e.g. remote access.',
  'SR 1.1 RE 3':
    'Demand a second factor for every human login, including from plant-floor networks inside the control zone.',
  'SR 1.2':
    'Authenticate the machines and services that talk to the system, e.g. with certificates or keys, not just by IP address.',
  'SR 1.2 RE 1':
    'Give each device and software process its own credential so one compromised peer cannot pass itself off as another.',
  'SR 1.3':
    'Be able to create, change, disable and remove accounts, so leavers and unused accounts get cleaned up promptly.',
  'SR 1.3 RE 1':
    'Manage accounts for the whole system from one place, e.g. a directory, not separately on each station and device.',
  'SR 1.4': 'Control how user, group, role and device identifiers are assigned so names are not reused or ambiguous.',
  'SR 1.5':
    'Handle passwords, keys and tokens safely: change defaults, protect them when stored or sent, and allow changing them.',
  'SR 1.5 RE 1':
    'Keep the keys that machines and services use to prove their identity in hardware such as a TPM or HSM, not in files.',
  'SR 1.6':
    'Identify and authenticate every user and device joining a wireless link before it can reach the control network.',
  'SR 1.6 RE 1':
    'Give each wireless client its own credential, e.g. per-device 802.1X, rather than one shared Wi-Fi key.',
  'SR 1.7': 'Enforce a configurable password policy (minimum length, character mix) wherever passwords are used.',
  'SR 1.7 RE 1': 'For people, block reuse of recent passwords and enforce minimum and maximum password ages.',
  'SR 1.7 RE 2': 'Apply password age limits to service and device accounts too, so machine passwords also get rotated.',
  'SR 1.8':
    'Where certificates are used, rely on a managed PKI that issues, validates and revokes them, not ad-hoc self-signed ones.',
  'SR 1.9':
    'When authenticating with certificates, check the chain, validity dates and revocation, and proof of the private key.',
  'SR 1.9 RE 1':
    'Keep private keys used for certificate-based login in hardware (TPM, HSM, smartcard) so they cannot be copied.',
  'SR 1.10':
    'Hide passwords and other secrets while they are typed, e.g. show dots instead of characters on login screens.',
  'SR 1.11':
    'Limit repeated failed logins by locking or delaying, without locking operators out of critical stations in an upset.',
  'SR 1.12':
    'Show a configurable warning banner before login saying the system is for authorised use and may be monitored.',
  'SR 1.13':
    'Monitor and control all access from untrusted networks such as the internet or office LAN, e.g. via a remote-access gateway.',
  'SR 1.13 RE 1':
    'Refuse remote connections from untrusted networks unless someone responsible explicitly approves each one.',
  'SR 2.1':
    'Check permissions on every action so people can only do what their role allows (operator, engineer, admin).',
  'SR 2.1 RE 1': 'Apply the same permission checks to software processes and devices, not only to human users.',
  'SR 2.1 RE 2':
    'Let administrators define roles with sets of permissions, then give users roles instead of individual rights.',
  'SR 2.1 RE 3':
    'Let a supervisor temporarily take over or raise privileges in an emergency, with the override logged and time-limited.',
  'SR 2.1 RE 4':
    'Require two people to approve actions that could seriously harm the process, such as changing safety setpoints.',
  'SR 2.2': 'Restrict what wireless connections may do, and monitor and enforce those limits across the system.',
  'SR 2.2 RE 1':
    'Detect rogue access points and unknown wireless devices around the control system and raise an alert.',
  'SR 2.3': 'Set rules for laptops, USB sticks and phones brought into the plant, and enforce them when they connect.',
  'SR 2.3 RE 1':
    'Check a laptop or tablet is patched and scanned before it may connect to a zone, and refuse it otherwise.',
  'SR 2.4':
    'Control scripts, macros, applets and similar downloadable code: block what is not allowed and limit where it runs.',
  'SR 2.4 RE 1': 'Verify downloadable code is intact and from a trusted source, e.g. signed, before letting it run.',
  'SR 2.5': 'Lock an idle session after a configurable time, or on demand, and require a fresh login to resume.',
  'SR 2.6': 'End remote sessions automatically after a configurable idle time, and let users end them by hand.',
  'SR 2.7': 'Cap how many sessions one user or account may have open at the same time.',
  'SR 2.8':
    'Record security events (logins, access changes, config edits, errors) with who, what, when and the outcome.',
  'SR 2.8 RE 1':
    'Collect audit records from all parts of the system into one central, time-ordered trail, e.g. a SIEM or log server.',
  'SR 2.9':
    'Set aside enough storage for audit logs and manage it so records are not silently lost when space runs low.',
  'SR 2.9 RE 1':
    'Alert staff when audit log storage passes a configurable fill level, before records start being lost.',
  'SR 2.10':
    'Alert staff when logging fails and take a predefined action, e.g. overwrite oldest, without stopping the process.',
  'SR 2.11':
    'Stamp every audit record with a time that can be compared across devices when reconstructing an incident.',
  'SR 2.11 RE 1': 'Keep the clocks of all system components in step with a common time source, e.g. via NTP or PTP.',
  'SR 2.11 RE 2':
    'Stop attackers from shifting the clock, e.g. authenticated NTP/PTP, and alert on changes to the time source.',
  'SR 2.12': 'Make it possible to prove which person performed a given action, so they cannot credibly deny it later.',
  'SR 2.12 RE 1': 'Extend proof of who did what to software processes and devices as well as people.',
  'SR 3.1': 'Detect when data in transit has been altered, e.g. via checksums or message authentication codes.',
  'SR 3.1 RE 1':
    'Use cryptographic checks (MACs, signatures, TLS) on traffic to catch deliberate tampering, not just line errors.',
  'SR 3.2':
    'Prevent, detect and report malware, e.g. antivirus, application allow-listing or a locked-down operating system.',
  'SR 3.2 RE 1':
    'Scan or filter for malware where data enters or leaves a zone: file-transfer hosts, email, removable-media kiosks.',
  'SR 3.2 RE 2':
    'Manage malware protection from one console: push signatures and policies, and collect detections centrally.',
  'SR 3.3':
    'Provide a way to test that security functions work as intended, e.g. during commissioning and maintenance.',
  'SR 3.3 RE 1':
    'Automate the security function tests so they run regularly and consistently, not only when someone remembers.',
  'SR 3.3 RE 2': 'Test security functions while the plant is running, without disturbing production.',
  'SR 3.4':
    'Detect unauthorised changes to software, firmware, configuration and stored data, e.g. with hashes or signatures.',
  'SR 3.4 RE 1':
    'Alert staff automatically when an integrity check fails, instead of leaving it in a log nobody reads.',
  'SR 3.5':
    'Check commands, setpoints and protocol fields for format and range, and reject anything invalid before acting on it.',
  'SR 3.6':
    'If the system is attacked or fails, drive outputs to a predefined safe state, e.g. hold last value or fail safe.',
  'SR 3.7':
    'Report errors usefully to operators without revealing details (stack traces, paths, keys) that help an attacker.',
  'SR 3.8':
    'Protect sessions against hijacking and replay, e.g. bind session tokens to an authenticated, encrypted channel.',
  'SR 3.8 RE 1': 'Invalidate a session ID as soon as the user logs out or the session ends, so it cannot be reused.',
  'SR 3.8 RE 2': 'Issue a fresh, unique ID for each session and reject any session ID the system did not issue itself.',
  'SR 3.8 RE 3': 'Generate session IDs from a strong random source so they cannot be guessed or predicted.',
  'SR 3.9': 'Stop audit logs and log tools from being read, changed or deleted by anyone not authorised to do so.',
  'SR 3.9 RE 1':
    'Write audit records to media that cannot be altered afterwards, e.g. WORM storage or an append-only log store.',
  'SR 4.1':
    'Protect sensitive data such as credentials, recipes and configs, whether stored or sent, from unauthorised reading.',
  'SR 4.1 RE 1':
    'Encrypt sensitive data stored on the system and any data crossing untrusted networks, e.g. remote links.',
  'SR 4.1 RE 2': 'Encrypt sensitive data whenever it crosses any zone boundary, not only untrusted networks.',
  'SR 4.2': 'Securely wipe sensitive data from components before they are decommissioned, reused or sent for repair.',
  'SR 4.2 RE 1':
    'Clear memory and buffers before they are handed to another user or process, so data cannot leak between them.',
  'SR 4.3':
    'Use well-established, current algorithms, key lengths and key management; no home-grown or deprecated crypto.',
  'SR 5.1':
    'Separate control networks from other networks, e.g. with VLANs and firewalls, and group assets by function.',
  'SR 5.1 RE 1':
    'Use physically separate network hardware for control networks rather than only VLANs on shared switches.',
  'SR 5.1 RE 2':
    'Keep the control system running and communicating when connected business or external networks are down.',
  'SR 5.1 RE 3':
    'Physically and logically isolate the most critical networks, e.g. safety systems, from everything else.',
  'SR 5.2': 'Monitor and control traffic at every zone boundary, e.g. firewalls enforcing a defined conduit policy.',
  'SR 5.2 RE 1':
    'Configure boundary devices to block all traffic except the specific flows that have been explicitly allowed.',
  'SR 5.2 RE 2':
    'Be able to cut all connections across a boundary on demand, e.g. isolating the plant during an attack.',
  'SR 5.2 RE 3': 'Make boundary devices block traffic, not pass it, if they fail or lose their configuration.',
  'SR 5.3':
    'Keep email, chat and social media traffic away from the control system, e.g. block these services at the boundary.',
  'SR 5.3 RE 1':
    'Block every email, messaging and similar person-to-person service inside the control system, with no exceptions.',
  'SR 5.4': 'Separate applications and data by criticality, e.g. host them in different zones or on separate servers.',
  'SR 6.1': 'Give authorised users read-only access to audit logs so they can investigate events.',
  'SR 6.1 RE 1':
    'Expose audit logs through an API or standard protocol such as syslog so a SIEM can collect them automatically.',
  'SR 6.2': 'Watch the system continuously for security events and intrusions, e.g. an OT IDS or a monitoring service.',
  'SR 7.1':
    'Keep essential control functions running, perhaps degraded, during a denial-of-service attack or traffic flood.',
  'SR 7.1 RE 1':
    'Limit traffic volumes, e.g. rate limiting or QoS, so floods cannot starve essential control communications.',
  'SR 7.1 RE 2': 'Stop a compromised part of the system from being used to flood other systems or networks.',
  'SR 7.2': 'Stop any one user or process from exhausting the CPU, memory or bandwidth that essential functions need.',
  'SR 7.3':
    'Back up user and system data, including configuration and project files, without disturbing plant operation.',
  'SR 7.3 RE 1': 'Check that backups are complete and restorable, e.g. by regular test restores.',
  'SR 7.3 RE 2': 'Run backups automatically on a configurable schedule instead of relying on someone to start them.',
  'SR 7.4':
    'Be able to bring the system back to a known secure state after a failure or compromise, e.g. rebuild from backups.',
  'SR 7.5': 'Switch to and from backup power (UPS, generator) without losing the security state or settings.',
  'SR 7.6': 'Apply documented, recommended network and security settings, and compare the running config against them.',
  'SR 7.6 RE 1': 'Export the current security settings in a machine-readable format so tools can check them for drift.',
  'SR 7.7': 'Disable unused ports, protocols, services and functions so only what the process needs stays enabled.',
  'SR 7.8': 'Keep an up-to-date inventory of all components with their software and firmware versions, and report it.',
};
