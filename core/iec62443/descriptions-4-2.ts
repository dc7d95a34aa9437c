// One-line, plain-English descriptions of the IEC 62443-4-2 CRs, CR REs and the component-type-specific
// SAR/EDR/HDR/NDR items, written for this tool in our own words; they are not the standard's text.
// Delegated and heading-only CRs say so, because a user filtering by CR would otherwise look for gating there.
export const DESCRIPTIONS_4_2: Readonly<Record<string, string>> = {
  'CR 1.1':
    "Require every person to log in on each of the component's human interfaces, natively or via a system-level service.",
  'CR 1.1 RE 1':
    'Support an individual account for each person on the component, so every action traces back to one user.',
  'CR 1.1 RE 2':
    'Support a second authentication factor for every human login to the component, on all of its interfaces.',
  'CR 1.2': 'Authenticate other devices and software processes that connect to the component, e.g. with certificates.',
  'CR 1.2 RE 1': 'Give each connecting device or process its own identity, so the component can tell its peers apart.',
  'CR 1.3':
    'Support creating, changing, disabling and removing accounts on the component, locally or via a central directory.',
  'CR 1.4':
    'Support managing user, group and role identifiers on the component, directly or through a system-level service.',
  'CR 1.5':
    'Let default passwords be changed, keep stored secrets protected (e.g. hashed), and allow keys and credentials to change.',
  'CR 1.5 RE 1':
    "Keep the component's own credentials and keys in hardware-protected storage, e.g. a TPM or secure element.",
  'CR 1.6': 'Stated per component type: see NDR 1.6 for network devices that provide wireless access.',
  'CR 1.7':
    "Enforce a configurable password strength policy (length, character variety) on the component's password logins.",
  'CR 1.7 RE 1': 'For people, enforce password history and minimum and maximum password lifetimes on the component.',
  'CR 1.7 RE 2':
    'Enforce password lifetime limits on the component for every account, including service and device accounts.',
  'CR 1.8':
    "Accept and validate certificates from the owner's PKI, instead of relying only on built-in self-signed ones.",
  'CR 1.9':
    'When using public-key authentication, validate certificate chains, dates and revocation, and check key possession.',
  'CR 1.9 RE 1':
    'Keep private keys used for public-key authentication in hardware on the component so they cannot be extracted.',
  'CR 1.10': "Mask passwords and PINs as they are typed on the component's screens, web pages and consoles.",
  'CR 1.11': 'Lock or throttle logins on the component after a configurable number of failures within a set period.',
  'CR 1.12': 'Let the component show a configurable warning banner at login on its human interfaces.',
  'CR 1.13':
    'Stated per component type: see NDR 1.13 for network devices that accept connections from untrusted networks.',
  'CR 1.14':
    'When using shared secret keys, verify them without exposing them (e.g. challenge-response) and protect them at rest.',
  'CR 1.14 RE 1':
    'Keep symmetric authentication keys in hardware-protected storage on the component so they cannot be read out.',
  'CR 2.1':
    'Check permissions on every request to the component, so each user can only do what they are authorised to do.',
  'CR 2.1 RE 1':
    'Apply authorisation checks to software processes and devices calling the component, not just to people.',
  'CR 2.1 RE 2': 'Let the component map permissions to configurable roles and assign users to those roles.',
  'CR 2.1 RE 3':
    'Support a supervisor taking over or raising rights in an emergency, with the override logged and time-bound.',
  'CR 2.1 RE 4': 'Support requiring two people to approve selected critical actions on the component.',
  'CR 2.2':
    'If the component has a wireless interface, restrict what wireless connections can do according to configured rights.',
  'CR 2.3':
    'Heading only: no component-level requirement; portable and mobile device use is handled at system level (SR 2.3).',
  'CR 2.4': 'Stated per component type: see SAR, EDR, HDR and NDR 2.4 for controlling scripts and other mobile code.',
  'CR 2.5':
    'Lock idle sessions on the component after a configurable timeout or on request, needing a new login to resume.',
  'CR 2.6': 'End remote sessions on the component after a configurable idle time, or when the user asks.',
  'CR 2.7': 'Let the component cap the number of concurrent sessions per interface for each user or account.',
  'CR 2.8': 'Generate audit records for security events such as access control, config changes, errors and backups.',
  'CR 2.9': 'Provide enough audit storage on the component and manage what happens when it fills up.',
  'CR 2.9 RE 1': "Warn when the component's audit storage reaches a configurable fill level.",
  'CR 2.10': 'Keep essential functions running if audit logging fails, and raise an alarm so staff can fix it.',
  'CR 2.11': "Stamp the component's audit records with date and time in a form usable for cross-device correlation.",
  'CR 2.11 RE 1': 'Let the component sync its clock with a system time source, e.g. as an NTP or PTP client.',
  'CR 2.11 RE 2':
    "Protect the component's clock from tampering, e.g. authenticated time sync, and log changes to time settings.",
  'CR 2.12': 'Record enough to prove which person performed a given action on the component, so it cannot be denied.',
  'CR 2.12 RE 1': 'Extend that proof of action to software processes and devices acting on the component.',
  'CR 2.13': 'Stated per component type: see EDR, HDR and NDR 2.13 for protecting JTAG, debug and test ports.',
  'CR 3.1': 'Protect the integrity of data the component sends and receives, detecting any modification in transit.',
  'CR 3.1 RE 1':
    'Check that messages reaching the component come from the claimed sender, e.g. MACs or TLS, and drop others.',
  'CR 3.2': 'Stated per component type: see SAR, EDR, HDR and NDR 3.2 for protection against malware.',
  'CR 3.3':
    "Provide a way to test the component's security functions, e.g. a self-test or diagnostic, to show they still work.",
  'CR 3.3 RE 1':
    "Let the component's security functions be checked during normal operation, without taking it out of service.",
  'CR 3.4': "Detect unauthorised changes to the component's software, firmware and configuration, e.g. with hashes.",
  'CR 3.4 RE 1':
    'Check that software and data come from the genuine source, e.g. verify signatures, before the component uses them.',
  'CR 3.4 RE 2':
    'Report integrity violations automatically to a configured destination instead of only logging them locally.',
  'CR 3.5':
    'Check the format, type and range of all inputs, e.g. protocol fields and setpoints, and reject malformed ones.',
  'CR 3.6':
    "Put the component's outputs into a predefined state when normal operation cannot continue, e.g. under attack.",
  'CR 3.7':
    'Handle errors so authorised users get what they need to fix them, while messages leak nothing useful to attackers.',
  'CR 3.8': "Protect the component's sessions from hijacking, e.g. reject invalid, reused or predictable session IDs.",
  'CR 3.9': "Protect the component's audit records and audit tools from unauthorised reading, change or deletion.",
  'CR 3.9 RE 1': "Support writing the component's audit records to write-once or append-only storage.",
  'CR 3.10': 'Stated per component type: see EDR, HDR and NDR 3.10 for field updates and checking they are genuine.',
  'CR 3.11': 'Stated per component type: see EDR, HDR and NDR 3.11 for physical tamper resistance and detection.',
  'CR 3.12':
    'Stated per component type: see EDR, HDR and NDR 3.12 for supplier trust anchors installed at manufacture.',
  'CR 3.13':
    'Stated per component type: see EDR, HDR and NDR 3.13 for letting the owner install their own trust anchors.',
  'CR 3.14': 'Stated per component type: see EDR, HDR and NDR 3.14 for secure, verified boot.',
  'CR 4.1':
    'Protect the confidentiality of sensitive data the component stores or sends, e.g. encrypt credentials and keys.',
  'CR 4.2':
    'Support securely erasing sensitive data from the component before it is decommissioned or leaves the site.',
  'CR 4.2 RE 1': 'Clear memory the component shares between users or processes before another one gets it.',
  'CR 4.2 RE 2': 'Confirm that a secure erase actually succeeded, e.g. by read-back or a verified status report.',
  'CR 4.3':
    'Use recognised, current crypto algorithms and key sizes, and manage keys properly over the component lifetime.',
  'CR 5.1':
    'Work correctly inside a segmented network, e.g. separate interfaces or VLANs for control and management traffic.',
  'CR 5.2': 'Stated per component type: see NDR 5.2 for network devices that enforce zone boundaries.',
  'CR 5.3': 'Stated per component type: see NDR 5.3 for network devices that block email, chat and similar traffic.',
  'CR 5.4':
    'Heading only: no component-level requirement; separating applications by criticality is a system matter (SR 5.4).',
  'CR 6.1': "Let authorised people and tools read the component's audit logs, without being able to change them.",
  'CR 6.1 RE 1':
    "Provide an API or standard protocol, e.g. syslog, so tools can fetch the component's audit records automatically.",
  'CR 6.2': 'Support continuous security monitoring, e.g. stream security events in real time to a SIEM or IDS.',
  'CR 7.1': 'Keep essential functions working, perhaps degraded, while the component is flooded or under attack.',
  'CR 7.1 RE 1':
    'Limit the traffic the component itself sends so it cannot flood other devices, e.g. during an event storm.',
  'CR 7.2': 'Limit how much CPU, memory and bandwidth users and services may consume, protecting essential functions.',
  'CR 7.3': "Support backing up the component's configuration and state without interrupting normal operation.",
  'CR 7.3 RE 1':
    'Check a backup is intact and untampered, e.g. with a hash or signature, before the component restores it.',
  'CR 7.4':
    'Support restoring the component to a known secure state after a failure, e.g. restore from backup or reset.',
  'CR 7.5':
    'Heading only: no component-level requirement; running on backup power is handled at system level (SR 7.5).',
  'CR 7.6': "Support configuring network and security settings as set out in the supplier's hardening guidance.",
  'CR 7.6 RE 1': "Report the component's current security settings in a machine-readable form for automated audits.",
  'CR 7.7': 'Let unneeded ports, protocols, services and functions on the component be disabled or removed.',
  'CR 7.8': 'Report the component identity and its installed software and firmware versions for the asset inventory.',
  'SAR 2.4':
    'Let the application block, restrict and log scripts, macros and other mobile code according to configured rules.',
  'SAR 2.4 RE 1': 'Verify the origin and integrity of mobile code, e.g. a signature, before the application runs it.',
  'SAR 3.2': "Make the application resist malware itself, or work alongside the host's anti-malware or allow-listing.",
  'EDR 2.4':
    'Have the embedded device control the scripts and downloaded logic it runs per configured rules, blocking the rest.',
  'EDR 2.4 RE 1':
    'Verify the source and integrity of mobile code, e.g. a signature, before the embedded device executes it.',
  'EDR 2.13':
    'Protect JTAG, serial debug and similar test ports on the embedded device, e.g. disable or lock them in the field.',
  'EDR 2.13 RE 1': "Actively watch the embedded device's diagnostic and test ports and report any attempt to use them.",
  'EDR 3.2':
    'Give the embedded device a way to resist malware, e.g. allow-listing, read-only firmware or signed code only.',
  'EDR 3.10': 'Let the embedded device be updated and patched in the field.',
  'EDR 3.10 RE 1': 'Have the embedded device check update signatures and integrity before installing anything.',
  'EDR 3.11':
    'Make the embedded device resist and detect physical tampering, e.g. tamper-evident seals, locked enclosures, tamper switches.',
  'EDR 3.11 RE 1': 'Raise an alarm or security event when the embedded device detects a physical tampering attempt.',
  'EDR 3.12':
    "Ship the embedded device with the supplier's root keys or certificates installed and protected against change.",
  'EDR 3.13': 'Let the owner install and protect their own root keys or certificates on the embedded device.',
  'EDR 3.14': 'Check the integrity of firmware and software at boot on the embedded device before running it.',
  'EDR 3.14 RE 1':
    'Verify boot images are genuine, e.g. a chain of signature checks, before the embedded device runs them.',
  'HDR 2.4':
    'Let the host (workstation or server) control mobile code per configured rules, e.g. script execution policies.',
  'HDR 2.4 RE 1': 'Verify mobile code signatures and integrity on the host before it is allowed to run.',
  'HDR 2.13':
    "Protect the host's physical diagnostic and test interfaces, e.g. disable or lock debug ports in firmware setup.",
  'HDR 2.13 RE 1': "Actively monitor the host's diagnostic and test interfaces and report any attempt to use them.",
  'HDR 3.2': 'Run anti-malware or application allow-listing on the host device and keep it up to date.',
  'HDR 3.2 RE 1': 'Report which version of the malware protection software and signatures is running on the host.',
  'HDR 3.10': 'Allow the host device to be patched and updated, e.g. operating system and application updates.',
  'HDR 3.10 RE 1': 'Verify that updates are genuine and intact on the host before installing them.',
  'HDR 3.11': 'Protect the host against physical tampering and detect it, e.g. locked chassis, intrusion switches.',
  'HDR 3.11 RE 1': 'Notify staff when the host detects a physical tampering attempt, e.g. a chassis intrusion alert.',
  'HDR 3.12':
    "Ship the host with the supplier's trust anchors installed and protected, e.g. keys for firmware signature checks.",
  'HDR 3.13':
    "Let the owner install and protect their own trust anchors on the host, e.g. their PKI's root certificate.",
  'HDR 3.14': 'Check firmware and OS integrity at boot on the host, e.g. measured boot, before handing over control.',
  'HDR 3.14 RE 1': 'Verify that boot components on the host are genuine, e.g. UEFI Secure Boot, before running them.',
  'NDR 1.6':
    'Let the network device authenticate every wireless user and device before it joins, e.g. WPA3-Enterprise.',
  'NDR 1.6 RE 1':
    'Give each wireless client a unique identity on the network device, e.g. per-device 802.1X credentials.',
  'NDR 1.13':
    'Let the network device monitor and control access arriving from untrusted networks, e.g. as a VPN gateway.',
  'NDR 1.13 RE 1': 'Let the network device hold each remote access request until someone explicitly approves it.',
  'NDR 2.4': 'Let the network device control the scripts and plug-ins it runs according to configured rules.',
  'NDR 2.4 RE 1': 'Verify mobile code signatures and integrity on the network device before running it.',
  'NDR 2.13':
    "Protect the network device's console, debug and test ports from misuse, e.g. disable them or require login.",
  'NDR 2.13 RE 1':
    "Actively monitor the network device's diagnostic and test ports and report any attempt to use them.",
  'NDR 3.2': 'Give the network device a way to resist malware, e.g. signed firmware only or a locked-down OS.',
  'NDR 3.10': "Allow the network device's firmware and software to be updated in the field.",
  'NDR 3.10 RE 1': 'Verify firmware updates are genuine and intact on the network device before installing them.',
  'NDR 3.11': 'Make the network device resist and detect physical tampering, e.g. seals or locked enclosures.',
  'NDR 3.11 RE 1': 'Send an alert when the network device detects a physical tampering attempt.',
  'NDR 3.12': "Ship the network device with the supplier's trust anchors installed and protected against change.",
  'NDR 3.13': 'Let the owner load and protect their own root certificates or keys on the network device.',
  'NDR 3.14': 'Check firmware integrity at boot on the network device before it starts forwarding traffic.',
  'NDR 3.14 RE 1': 'Verify boot images on the network device are genuine (signed) before running them.',
  'NDR 5.2':
    'Let the network device (firewall, router) monitor and filter traffic at a zone boundary by configured rules.',
  'NDR 5.2 RE 1': 'Make the network device block all traffic by default and pass only explicitly permitted flows.',
  'NDR 5.2 RE 2': 'Let the network device cut all traffic across the boundary on command, isolating the zone.',
  'NDR 5.2 RE 3':
    'Make the network device block traffic, rather than pass it, when it fails or loses its configuration.',
  'NDR 5.3':
    'Let the network device stop email, chat and other person-to-person messaging from entering the control zone.',
};
