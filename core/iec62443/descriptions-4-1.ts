// One-line, plain-English descriptions of the IEC 62443-4-1 secure development practices and their
// requirements, written for this tool in our own words; they are not the standard's text.
export const DESCRIPTIONS_4_1: Readonly<Record<string, string>> = {
  'Practice 1':
    'Run a defined, managed secure development lifecycle with clear roles, scope, controls and improvement.',
  'SM-1': 'Have a documented secure development process covering every product the supplier builds, and follow it.',
  'SM-2': 'Name who is responsible for each security activity in the development process, and make sure they know it.',
  'SM-3': 'Record which process requirements apply to each product and release, with reasons for any left out.',
  'SM-4': 'Make sure people doing security work are trained and competent for it, and keep track of their skills.',
  'SM-5': 'Decide which security activities each project or release needs, based on its type and risk, and record it.',
  'SM-6':
    'Protect source code, build outputs and design files from unauthorised change, e.g. access control and signing.',
  'SM-7': 'Secure the build servers, repositories and tools used to develop, build and release the product.',
  'SM-8': 'Protect code-signing and other private keys, e.g. in an HSM, with strict access control and logging.',
  'SM-9':
    'Assess and manage the security of third-party and open-source components used in the product, e.g. via an SBOM.',
  'SM-10': 'Make contractors who build parts of the product follow equivalent secure development practices.',
  'SM-11': 'Track security issues found during development through to resolution before the product ships.',
  'SM-12': 'Audit the development process regularly to check that the security activities really happen.',
  'SM-13': 'Review the secure development process periodically and after incidents, and improve it.',
  'Practice 2': "Pin down the product's security context, threats and requirements before design, and review them.",
  'SR-1': 'Document where and how the product is meant to be deployed, including the protections expected around it.',
  'SR-2': 'Build and maintain a threat model of the product: data flows, trust boundaries, threats and mitigations.',
  'SR-3': "Define the product's security requirements, e.g. from the threat model and the target SL-C in 62443-4-2.",
  'SR-4':
    'Make sure the requirement set is complete: needed security capabilities, target levels and how each is verified.',
  'SR-5': 'Have the right people (architects, testers, product owners) review and approve the security requirements.',
  'Practice 3':
    'Design the product to be secure from the start, with layered defences, reviewed designs and proven patterns.',
  'SD-1':
    'Apply secure design principles such as least privilege, small attack surface and secure defaults in the architecture.',
  'SD-2': "Layer the product's defences so that a single failed control does not expose the whole product.",
  'SD-3': 'Review designs for security flaws against the threat model and requirements before implementation.',
  'SD-4': 'Keep a list of secure design best practices, apply it, and update it as new attack techniques appear.',
  'Practice 4': 'Write code securely: follow coding standards and review the implementation for security flaws.',
  'SI-1': 'Review code for security flaws, e.g. peer review plus static analysis, and track findings to closure.',
  'SI-2': 'Adopt secure coding rules (e.g. CERT C, MISRA) and enforce them with tools and reviews.',
  'Practice 5':
    "Test that the product's security works and resists attack, with testers independent of the developers.",
  'SVV-1': 'Test every security requirement and capability, including negative and edge cases.',
  'SVV-2': 'Test that the mitigation for each threat in the threat model actually works.',
  'SVV-3': 'Hunt for vulnerabilities with fuzzing, attack-surface analysis, known-CVE scans and robustness tests.',
  'SVV-4': 'Have skilled testers attack the product as a real adversary would, to find exploitable weaknesses.',
  'SVV-5': 'Make sure security testers are sufficiently independent of the developers whose work they test.',
  'Practice 6': 'Handle reported security issues end to end: receive, triage, assess, fix, disclose and learn.',
  'DM-1': 'Give researchers, customers and others a way to report security issues, e.g. a PSIRT contact or web form.',
  'DM-2': 'Look at each reported issue promptly, confirm whether it is real, and track it.',
  'DM-3':
    'Rate the severity of confirmed issues, e.g. with CVSS, and work out which products and versions are affected.',
  'DM-4': 'Decide on and build a fix or mitigation for each issue, and check it does not break anything else.',
  'DM-5': 'Tell customers about security issues and fixes, e.g. through advisories, with enough detail to act on.',
  'DM-6': 'Check periodically how well the issue handling process works, and improve it.',
  'Practice 7': 'Produce, document and deliver security updates for the product and its dependencies, on time.',
  'SUM-1': 'Test security updates for regressions and side effects before releasing them to customers.',
  'SUM-2': 'Publish with each update what it fixes, how to install it and any effect on operation.',
  'SUM-3':
    'Tell customers whether updates to the third-party software or OS the product relies on are compatible and needed.',
  'SUM-4':
    'Deliver updates so customers can check they are genuine and intact, e.g. signed packages with published hashes.',
  'SUM-5': 'Ship fixes for security issues within a defined, reasonable time that depends on severity.',
  'Practice 8': 'Give users the documentation they need to deploy, run, maintain and retire the product securely.',
  'SG-1': "Document the product's own layers of security features and how to use them.",
  'SG-2': 'Document what protections the product expects from its surroundings, e.g. firewalls and physical security.',
  'SG-3': 'Provide hardening guidance: secure settings, services to disable, and the effect of each choice.',
  'SG-4': 'Explain how to remove sensitive data and keys when the product is retired or sent away for repair.',
  'SG-5': 'Explain how to operate and maintain the product securely, e.g. account, patching and backup practices.',
  'SG-6': "Explain how to manage the product's accounts: default accounts, roles, privileges and password changes.",
  'SG-7': 'Review the security documentation for accuracy and completeness before each release.',
};
