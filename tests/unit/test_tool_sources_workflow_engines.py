"""Sixteenth round, tool sources: workflow and pipeline engines as CI tests run them.

Covered: Snakemake (a rule's shell command that exited non-zero, missing input and output files after
its latency wait, incomplete files, ambiguous and missing rules, the directory lock, conda environment
creation, cluster submission through its executor plugins), Nextflow (a process's error exit status,
a process terminated by the external system, missing output files, missing processes and variables,
unknown profiles, container pulls by docker and Singularity, grid submission, the local executor's
resource check), nf-test (snapshot mismatch, a snapshot missing in CI mode, a failed assertion),
cwltool (permanentFail, temporaryFail, a job killed by a signal, a docker pull, tool validation),
miniwdl and Cromwell (a task command's exit status), Dagster's unreachable code server, Kedro (datasets
that fail to load, pipeline inputs missing from the catalogue, its resume hint), Airflow (zombie tasks,
a task killed by SIGKILL, a task's execution timeout), Argo Workflows' CLI (`argo submit --wait` and the
node messages its controller writes: exit codes, "pod deleted", OOMKilled, eviction, deadlines, an
undefined template), Temporal's test environments (the dev server that did not start or could not be
downloaded, the Go client's "failed reaching server") and Luigi (its execution summary, the remote
scheduler that could not be reached). Airflow's DagBag import errors and cycles, its sensor and import
timeouts, Dagster's definitions loading and step failures, and Slurm's own sbatch/srun errors are in
test_tool_sources_data_ml_pipelines.py, test_tool_sources_display_data.py and
test_tool_sources_hpc_scientific.py; they are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' own source (the comment above each case names the repository and file holding
the format string): snakemake/snakemake, nextflow-io/nextflow, askimed/nf-test,
common-workflow-language/cwltool, chanzuckerberg/miniwdl, kedro-org/kedro, argoproj/argo-workflows,
temporalio/sdk-python (and its sdk-core bridge), spotify/luigi, and, read through code search, the
snakemake executor plugins, Cromwell's backend, dagster's gRPC client, Airflow's scheduler and task
runner and the Temporal Go client. Hosts, pipelines, samples and paths are made up; no project's CI
log is copied.

The rules the cases hold:
  * a step whose own command exits non-zero on the code or the data, a missing input or output file
    (Snakemake's "filesystem latency" hint included), incomplete files, an ambiguous or missing rule, a
    missing process or variable, an unknown profile, a snapshot mismatch or a snapshot missing in CI
    mode, a tool that failed validation, a dataset or pipeline input the catalogue does not have, a
    conda environment that cannot be solved, an image tag that does not exist, a submission the
    scheduler refused for its account, a node or task over the memory the runner has, an undefined
    template -> real;
  * a container pull that timed out or got 5xx/429 from the registry, a Nextflow task terminated by the
    external system, a grid submission whose scheduler timed out, a lost worker (Airflow's zombie task,
    Argo's "pod deleted", an eviction), a Dagster code server or Luigi scheduler that could not be
    reached or timed out, a Temporal dev server not ready in time or whose download failed, a conda
    channel that did not answer -> transient; so are a rule's or job's process killed by SIGKILL or
    bash's "Killed" and Argo's step deadline, read as the catalogue reads any SIGKILL or job time limit;
  * near-misses: a test named after these errors that fails on its assertion, Kedro's "Repeat the
    previous command" hint below a node's own exception, an operator's own "pod deleted" log line, the
    zombie or remote-scheduler words inside the project's own assertions -> real; Luigi's "failed tasks"
    summary below a task's connect timeout -> transient;
  * ambiguous wordings: a task killed at its OWN memory limit as the engine reports it (Nextflow's exit
    status 137, miniwdl's "possible indication that it ran out of memory", Argo's "main: OOMKilled (exit
    code 137)"), Airflow's Negsignal.SIGKILL and execution timeout, cwltool's temporaryFail (the tool's
    own temporaryFailCodes), Snakemake's directory lock -> not surely transient.

On main (feb85f8 and ba2d1b9) 13 of the 69 cases read wrong: snakemake-missing-input-files, snakemake-cyclic-dependency,
cromwell-wrong-return-code, luigi-missing-external-dependencies (unknown), nf-test-timeout-words-in-test-name
(unknown), nextflow-terminated-by-external-system, airflow-detected-zombie-job, argo-node-pod-deleted,
temporal-dev-server-download-failed (real), luigi-remote-scheduler-unreachable (unknown), and
nextflow-exit-status-137, miniwdl-exit-137-oom-hint, argo-main-oomkilled (transient 0.9).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Snakemake
    # snakemake/snakemake src/snakemake/logging.py _format_job_error ("Error in rule {}:", "(command exited
    # with non-zero exit code)") and scheduling/job_scheduler.py ("Exiting because a job execution failed.")
    ("snakemake-rule-shell-nonzero", "real",
     "$ snakemake --cores 2 --use-conda --directory .test\n"
     "[Mon Mar  2 10:01:12 2026]\n"
     "rule sort_bam:\n"
     "    input: results/mapped/s1.bam\n"
     "    output: results/sorted/s1.bam\n"
     "[E::hts_open_format] Failed to open file \"results/mapped/s1.bam\" : Exec format error\n"
     "samtools sort: can't open \"results/mapped/s1.bam\": Exec format error\n"
     "Error in rule sort_bam:\n"
     "    jobid: 4\n"
     "    input: results/mapped/s1.bam\n"
     "    output: results/sorted/s1.bam\n"
     "    shell:\n"
     "        samtools sort -o results/sorted/s1.bam results/mapped/s1.bam\n"
     "        (command exited with non-zero exit code)\n"
     "Shutting down, this might take some time.\n"
     "Exiting because a job execution failed. Look below for error messages\n" + _GHA),
    # snakemake exceptions.py MissingInputException ("Missing input files for rule {}:", "affected files:")
    ("snakemake-missing-input-files", "real",
     "$ snakemake -n --directory .test\n"
     "Building DAG of jobs...\n"
     "MissingInputException in rule call_variants in file /home/runner/work/vc/vc/workflow/Snakefile, line 41:\n"
     "Missing input files for rule call_variants:\n"
     "    output: results/calls/s1.vcf\n"
     "    wildcards: sample=s1\n"
     "    affected files:\n"
     "        resources/genome.fa.fai\n" + _GHA),
    # snakemake io/__init__.py wait_for_files ("Waiting at most {} seconds for missing files", "Missing files
    # after {} seconds. This might be due to filesystem latency.") and exceptions.py MissingOutputException
    # ("Job {} completed successfully, but some output files are missing."): on a CI runner's local disk
    # the rule did not write what it declares
    ("snakemake-missing-output-latency-hint", "real",
     "[Mon Mar  2 10:03:40 2026]\n"
     "rule fastqc:\n"
     "    input: data/s1.fq.gz\n"
     "    output: results/qc/s1_fastqc.html\n"
     "Waiting at most 5 seconds for missing files:\n"
     "results/qc/s1_fastqc.html (missing locally)\n"
     "MissingOutputException in rule fastqc in file /home/runner/work/qc/qc/workflow/rules/qc.smk, line 3:\n"
     "Job 2  completed successfully, but some output files are missing. Missing files after 5 seconds. This might be due to filesystem latency. If that is the case, consider to increase the wait time with --latency-wait:\n"
     "results/qc/s1_fastqc.html (missing locally, parent dir contents: s1.fq_fastqc.html, s1.fq_fastqc.zip)\n"
     "Shutting down, this might take some time.\n"
     "Exiting because a job execution failed. Look below for error messages\n" + _GHA),
    # snakemake exceptions.py IncompleteFilesException ("The files below seem to be incomplete.")
    ("snakemake-incomplete-files", "real",
     "$ snakemake --cores 4\n"
     "Building DAG of jobs...\n"
     "IncompleteFilesException:\n"
     "The files below seem to be incomplete. If you are sure that certain files are not incomplete, mark them as complete with\n"
     "\n"
     "    snakemake --cleanup-metadata <filenames>\n"
     "\n"
     "To re-generate the files rerun your command with the --rerun-incomplete flag.\n"
     "Incomplete files:\n"
     "results/assembly/s2.contigs.fa\n" + _CIRCLE),
    # snakemake exceptions.py AmbiguousRuleException ("Rules {} and {} are ambiguous for the file {}.")
    ("snakemake-ambiguous-rules", "real",
     "$ snakemake -n\n"
     "Building DAG of jobs...\n"
     "AmbiguousRuleException:\n"
     "Rules trim_pe and trim_se are ambiguous for the file results/trimmed/s1.fq.gz.\n"
     "Consider starting rule output with a unique prefix, constrain your wildcards, or use the ruleorder directive.\n"
     "Wildcards:\n"
     "\ttrim_pe: sample=s1\n"
     "\ttrim_se: sample=s1\n" + _GHA),
    # snakemake exceptions.py MissingRuleException ("No rule to produce {} (if you use input functions make
    # sure that they don't raise unexpected exceptions).")
    ("snakemake-no-rule-to-produce", "real",
     "$ snakemake --cores 1 results/report.html\n"
     "Building DAG of jobs...\n"
     "MissingRuleException:\n"
     "No rule to produce results/report.html (if you use input functions make sure that they don't raise unexpected exceptions).\n" + _GL),
    # snakemake exceptions.py CyclicGraphException ("Cyclic dependency on rule {}.")
    ("snakemake-cyclic-dependency", "real",
     "$ snakemake -n\n"
     "Building DAG of jobs...\n"
     "CyclicGraphException in rule merge in file /src/workflow/Snakefile, line 58:\n"
     "Cyclic dependency on rule merge.\n" + _GHA),
    # snakemake deployment/conda.py ("Could not create conda environment from {}:") around mamba's failed solve
    ("snakemake-conda-env-cannot-solve", "real",
     "$ snakemake --cores 2 --use-conda --conda-create-envs-only\n"
     "Creating conda environment workflow/envs/qc.yaml...\n"
     "CreateCondaEnvironmentException:\n"
     "Could not create conda environment from /home/runner/work/qc/qc/workflow/envs/qc.yaml:\n"
     "Command:\n"
     "mamba env create --quiet --no-default-packages --file \"/home/runner/work/qc/qc/.snakemake/conda/3f9a1c_.yaml\" --prefix \"/home/runner/work/qc/qc/.snakemake/conda/3f9a1c_\"\n"
     "Output:\n"
     "error    libmamba Could not solve for environment specs\n"
     "    The following package could not be installed\n"
     "    └─ fastqc =0.99.1 * does not exist (perhaps a typo or a missing channel).\n"
     "critical libmamba Could not solve for environment specs\n" + _GHA),
    # snakemake deployment/conda.py (as above) around conda's CondaHTTPError: the channel did not answer
    ("snakemake-conda-env-http-000", "transient",
     "$ snakemake --cores 2 --use-conda\n"
     "Creating conda environment workflow/envs/align.yaml...\n"
     "CreateCondaEnvironmentException:\n"
     "Could not create conda environment from /src/workflow/envs/align.yaml:\n"
     "Command:\n"
     "conda env create --quiet --file \"/src/.snakemake/conda/77b0e2_.yaml\" --prefix \"/src/.snakemake/conda/77b0e2_\"\n"
     "Output:\n"
     "CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.example.org/bioconda/linux-64/repodata.json>\n"
     "Elapsed: -\n"
     "An HTTP error occurred when trying to retrieve this URL.\n"
     "HTTP errors are often intermittent, and a simple retry will get you on your way.\n" + _GHA),
    # snakemake-executor-plugin-slurm ("SLURM job submission failed. The error message was {}") over sbatch's
    # own timeout talking to slurmctld
    ("snakemake-slurm-submit-socket-timeout", "transient",
     "$ snakemake --executor slurm --jobs 20 --profile profiles/ci\n"
     "Building DAG of jobs...\n"
     "Using shell: /usr/bin/bash\n"
     "WorkflowError:\n"
     "SLURM job submission failed. The error message was sbatch: error: Batch job submission failed: Socket timed out on send/recv operation\n" + _GL),
    # snakemake-executor-plugin-slurm (as above): the account is not one the cluster knows
    ("snakemake-slurm-submit-invalid-account", "real",
     "$ snakemake --executor slurm --jobs 20 --default-resources slurm_account=ci_gen0mics\n"
     "Building DAG of jobs...\n"
     "WorkflowError:\n"
     "SLURM job submission failed. The error message was sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified\n" + _GL),
    # snakemake: a test of the workflow whose title names latency fails on its own comparison
    ("snakemake-latency-words-in-test-title", "real",
     "$ pytest .tests/unit -q\n"
     "F.....\n"
     "=================================== FAILURES ===================================\n"
     "____________ test_waiting_for_missing_files_after_filesystem_latency ____________\n"
     "E       AssertionError: assert 'results/a.txt' == 'results/b.txt'\n"
     "FAILED .tests/unit/test_latency.py::test_waiting_for_missing_files_after_filesystem_latency - AssertionError\n"
     "1 failed, 5 passed in 3.21s\n" + _GHA),

    # ================================================================== Nextflow
    # nextflow-io/nextflow modules/nextflow/src/main/groovy/nextflow/processor/TaskProcessor.groovy ("Error
    # executing process > '{}'", "Process `{}` terminated with an error exit status ({})") and
    # TaskErrorFormatter.groovy ("Command executed:", "Command exit status:", "Command error:", "Work dir:")
    ("nextflow-process-error-exit-status", "real",
     "$ nextflow run main.nf -profile test,docker --outdir results\n"
     "[4a/7e21c0] process > FASTQC (s1)  [100%] 1 of 1, failed: 1 \u2718\n"
     "ERROR ~ Error executing process > 'FASTQC (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Process `FASTQC (s1)` terminated with an error exit status (2)\n"
     "\n"
     "Command executed:\n"
     "  fastqc --threads 2 --outdir qc s1_1.fastq.gz\n"
     "\n"
     "Command exit status:\n"
     "  2\n"
     "\n"
     "Command error:\n"
     "  Specified output directory 'qc' does not exist\n"
     "\n"
     "Work dir:\n"
     "  /home/runner/work/pipe/pipe/work/4a/7e21c0d9\n" + _GHA),
    # Nextflow TaskProcessor/TaskErrorFormatter (as above) over docker's client timeout pulling the image
    ("nextflow-docker-pull-client-timeout", "transient",
     "ERROR ~ Error executing process > 'MULTIQC'\n"
     "\n"
     "Caused by:\n"
     "  Process `MULTIQC` terminated with an error exit status (125)\n"
     "\n"
     "Command exit status:\n"
     "  125\n"
     "\n"
     "Command error:\n"
     "  Unable to find image 'registry.example.org/biocontainers/multiqc:1.21--pyhdfd78af_0' locally\n"
     "  docker: Error response from daemon: Get \"https://registry.example.org/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\n"
     "\n"
     "Work dir:\n"
     "  /home/runner/work/pipe/pipe/work/91/aa02c1\n" + _GHA),
    # Nextflow (as above) over a registry that throttled anonymous pulls
    ("nextflow-docker-pull-rate-limited", "transient",
     "ERROR ~ Error executing process > 'TRIMGALORE (s2)'\n"
     "\n"
     "Caused by:\n"
     "  Process `TRIMGALORE (s2)` terminated with an error exit status (125)\n"
     "\n"
     "Command error:\n"
     "  Unable to find image 'acme/trimgalore:0.6.10' locally\n"
     "  docker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading.\n"
     "\n"
     "Work dir:\n"
     "  /tmp/work/0c/12ab34\n" + _CIRCLE),
    # Nextflow (as above) over a tag the registry does not have
    ("nextflow-docker-pull-manifest-unknown", "real",
     "ERROR ~ Error executing process > 'SAMTOOLS_INDEX (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Process `SAMTOOLS_INDEX (s1)` terminated with an error exit status (125)\n"
     "\n"
     "Command error:\n"
     "  Unable to find image 'registry.example.org/biocontainers/samtools:1.99--h50ea8bc_0' locally\n"
     "  docker: Error response from daemon: manifest for registry.example.org/biocontainers/samtools:1.99--h50ea8bc_0 not found: manifest unknown: manifest unknown.\n"
     "\n"
     "Work dir:\n"
     "  /tmp/work/5d/e0f1a2\n" + _GHA),
    # Nextflow container/SingularityCache.groovy ("Failed to pull singularity image", "hint   : Try and
    # increase {}.pullTimeout") over a TLS handshake that timed out
    ("nextflow-singularity-pull-tls-timeout", "transient",
     "$ nextflow run . -profile test,singularity --outdir out\n"
     "Pulling Singularity image docker://registry.example.org/biocontainers/bwa:0.7.18 [cache /tmp/sif/registry.example.org-biocontainers-bwa-0.7.18.img]\n"
     "ERROR ~ Error executing process > 'BWA_MEM (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Failed to pull singularity image\n"
     "    command: singularity pull  --name registry.example.org-biocontainers-bwa-0.7.18.img.pulling.1740 docker://registry.example.org/biocontainers/bwa:0.7.18 > /dev/null\n"
     "    status : 255\n"
     "    hint   : Try and increase singularity.pullTimeout in the config (current is \"20m\")\n"
     "    message:\n"
     "      FATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://registry.example.org/biocontainers/bwa:0.7.18: Get \"https://registry.example.org/v2/\": net/http: TLS handshake timeout\n" + _GHA),
    # Nextflow SingularityCache (as above) over a tag that does not exist
    ("nextflow-singularity-pull-manifest-unknown", "real",
     "ERROR ~ Error executing process > 'BWA_MEM (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Failed to pull singularity image\n"
     "    command: singularity pull  --name registry.example.org-acme-bwa-9.9.img.pulling.1811 docker://registry.example.org/acme/bwa:9.9 > /dev/null\n"
     "    status : 255\n"
     "    hint   : Try and increase singularity.pullTimeout in the config (current is \"20m\")\n"
     "    message:\n"
     "      FATAL:   While making image from oci registry: error fetching image to cache: failed to get checksum for docker://registry.example.org/acme/bwa:9.9: reading manifest 9.9 in registry.example.org/acme/bwa: manifest unknown: manifest unknown\n" + _GHA),
    # Nextflow TaskProcessor.groovy ("Process `{}` terminated for an unknown reason -- Likely it has been
    # terminated by the external system"): the executor lost the task
    ("nextflow-terminated-by-external-system", "transient",
     "$ nextflow run main.nf -profile test,awsbatch -w s3://ci-scratch-bucket/work\n"
     "ERROR ~ Error executing process > 'ALIGN (s3)'\n"
     "\n"
     "Caused by:\n"
     "  Process `ALIGN (s3)` terminated for an unknown reason -- Likely it has been terminated by the external system\n"
     "\n"
     "Command exit status:\n"
     "  -\n"
     "\n"
     "Work dir:\n"
     "  s3://ci-scratch-bucket/work/3e/9a8b7c\n" + _GHA),
    # Nextflow processor/TaskFileCollector.groovy ("Missing output file(s) `{}` expected by process `{}`")
    ("nextflow-missing-output-files", "real",
     "ERROR ~ Error executing process > 'MARKDUP (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Missing output file(s) `*.markdup.bam` expected by process `MARKDUP (s1)`\n"
     "\n"
     "Command executed:\n"
     "  picard MarkDuplicates I=s1.bam O=s1.dedup.bam M=s1.metrics.txt\n"
     "\n"
     "Command exit status:\n"
     "  0\n"
     "\n"
     "Work dir:\n"
     "  /work/pipe/work/aa/bb01cc\n" + _GHA),
    # Nextflow exception/MissingProcessException.groovy ("Missing process or function {}({})")
    ("nextflow-missing-process-or-function", "real",
     "$ nextflow run main.nf -profile test,docker\n"
     "N E X T F L O W  ~  version 24.10.4\n"
     "Launching `main.nf` [tiny_pike] DSL2 - revision: 3f2a1b0c9d\n"
     "ERROR ~ Missing process or function SAMTOOLS_SORT([DataflowBroadcast around DataflowStream[?]])\n"
     "\n"
     " -- Check script 'main.nf' at line: 27 or see '.nextflow.log' file for more details\n" + _GHA),
    # Nextflow util/LoggerHelper.groovy ("No such variable: {}")
    ("nextflow-no-such-variable", "real",
     "Launching `main.nf` [sad_euler] DSL2 - revision: 9c8d7e6f5a\n"
     "ERROR ~ No such variable: reads_ch\n"
     "\n"
     " -- Check script 'workflows/align.nf' at line: 14 or see '.nextflow.log' file for more details\n" + _GHA),
    # Nextflow config/ConfigBuilder.groovy ("Unknown configuration profile: '{}'")
    ("nextflow-unknown-config-profile", "real",
     "$ nextflow run . -profile test_ci,docker\n"
     "N E X T F L O W  ~  version 24.10.4\n"
     "ERROR ~ Unknown configuration profile: 'test_ci'\n" + _GHA),
    # Nextflow processor/LocalPollingMonitor.groovy ("Process requirement exceeds available memory -- req:
    # {}; avail: {}"): the test profile asks more than the runner type has
    ("nextflow-requirement-exceeds-memory", "real",
     "ERROR ~ Error executing process > 'STAR_ALIGN (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Process requirement exceeds available memory -- req: 36 GB; avail: 15.6 GB\n"
     "\n"
     "Work dir:\n"
     "  /home/runner/work/rna/rna/work/12/34ab56\n" + _GHA),
    # Nextflow executor/GridTaskHandler.groovy ("Failed to submit process '{}'", " - reason  : {}", "Failed
    # to submit process to grid scheduler for execution") over sbatch's timeout talking to slurmctld
    ("nextflow-grid-submit-socket-timeout", "transient",
     "WARN: [SLURM] Failed to submit process 'ALIGN (s1)'\n"
     " - attempt : 3\n"
     " - command : sbatch .command.run\n"
     " - reason  : sbatch: error: Batch job submission failed: Socket timed out on send/recv operation\n"
     "ERROR ~ Error executing process > 'ALIGN (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Failed to submit process to grid scheduler for execution\n"
     "\n"
     "Command executed:\n"
     "  sbatch .command.run\n"
     "\n"
     "Command exit status:\n"
     "  1\n"
     "\n"
     "Command output:\n"
     "  sbatch: error: Batch job submission failed: Socket timed out on send/recv operation\n" + _GL),

    # ================================================================== nf-test
    # askimed/nf-test src/main/java/com/askimed/nf/test/lang/extensions/SnapshotFileItem.java ("Different
    # Snapshot:") and core/AnsiTestExecutionListener.java ("FAILED (", "FAILURE: Executed {} tests in {}s ({}
    # failed)")
    ("nf-test-snapshot-mismatch", "real",
     "$ nf-test test --profile docker --ci\n"
     "Test Process FASTQC\n"
     "\n"
     "  Test [1a2b3c4d] 'single-end run' FAILED (21.482s)\n"
     "\n"
     "  java.lang.RuntimeException: Different Snapshot:\n"
     "  [                                                 [\n"
     "      \"s1_fastqc.zip:md5,6c1f2b33a0e9\",          |      \"s1_fastqc.zip:md5,0d9e8f7a6b5c\",\n"
     "  ]                                                 ]\n"
     "\n"
     "FAILURE: Executed 4 tests in 63.204s (1 failed)\n" + _GHA),
    # nf-test lang/extensions/Snapshot.java ("CI mode activated and snapshot with id '{}' not found.")
    ("nf-test-ci-mode-snapshot-not-found", "real",
     "$ nf-test test tests/modules/bwa/mem/main.nf.test --ci\n"
     "Test Process BWA_MEM\n"
     "\n"
     "  Test [9f8e7d6c] 'paired-end - stub' FAILED (8.113s)\n"
     "\n"
     "  java.lang.RuntimeException: CI mode activated and snapshot with id 'paired-end - stub' not found.\n"
     "\n"
     "FAILURE: Executed 2 tests in 17.9s (1 failed)\n" + _GHA),
    # nf-test AnsiTestExecutionListener (as above) around a Groovy power assert on the process's success and
    # the process's own error in Nextflow's report
    ("nf-test-process-success-assertion", "real",
     "Test Process SAMTOOLS_FLAGSTAT\n"
     "\n"
     "  Test [5e6f7a8b] 'test_flagstat' FAILED (12.04s)\n"
     "\n"
     "  Assertion failed: \n"
     "  \n"
     "  assert process.success\n"
     "         |       |\n"
     "         |       false\n"
     "\n"
     "  Nextflow stdout:\n"
     "  Process `SAMTOOLS_FLAGSTAT` terminated with an error exit status (1)\n"
     "  [E::hts_open_format] Failed to open file \"test.bam\" : No such file or directory\n"
     "\n"
     "FAILURE: Executed 1 tests in 12.04s (1 failed)\n" + _GHA),
    # nf-test: a test whose name speaks of a pull timeout fails on its snapshot
    ("nf-test-timeout-words-in-test-name", "real",
     "Test Workflow PREPARE_GENOME\n"
     "\n"
     "  Test [0a1b2c3d] 'retries when the image pull timed out' FAILED (30.2s)\n"
     "\n"
     "  java.lang.RuntimeException: Different Snapshot:\n"
     "  [ \"genome.fa.fai:md5,1f2e3d\" ]          |  [ \"genome.fa.fai:md5,9a8b7c\" ]\n"
     "\n"
     "FAILURE: Executed 3 tests in 71.0s (1 failed)\n" + _GHA),

    # ================================================================== cwltool
    # common-workflow-language/cwltool cwltool/job.py ("[job %s] exited with status: %d", "[job %s] completed
    # %s"), workflow_job.py ("[%s] completed %s") and main.py ("Final process status is %s")
    ("cwltool-permanent-fail", "real",
     "$ cwltool --outdir out workflows/count.cwl inputs/small.yml\n"
     "INFO [workflow ] start\n"
     "INFO [step count_lines] start\n"
     "INFO [job count_lines] /tmp/x8k2l1$ python3 /tmp/x8k2l1/count.py /tmp/x8k2l1/in.txt\n"
     "Traceback (most recent call last):\n"
     "  File \"/tmp/x8k2l1/count.py\", line 9, in <module>\n"
     "    total += int(fields[2])\n"
     "IndexError: list index out of range\n"
     "WARNING [job count_lines] exited with status: 1\n"
     "WARNING [job count_lines] completed permanentFail\n"
     "WARNING [step count_lines] completed permanentFail\n"
     "INFO [workflow ] completed permanentFail\n"
     "WARNING Final process status is permanentFail\n" + _GHA),
    # cwltool main.py ("Workflow error%s:" with ", try again with --debug for more information") over the
    # docker pull it runs (docker.py) timing out at the registry
    ("cwltool-docker-pull-tls-timeout", "transient",
     "$ cwltool tools/wc.cwl tests/wc-job.yml\n"
     "INFO ['docker', 'pull', 'registry.example.org/acme/wc-tool:1.2']\n"
     "Error response from daemon: Get \"https://registry.example.org/v2/\": net/http: TLS handshake timeout\n"
     "ERROR Workflow error, try again with --debug for more information:\n"
     "Command '['docker', 'pull', 'registry.example.org/acme/wc-tool:1.2']' returned non-zero exit status 1.\n" + _GHA),
    # cwltool main.py ("Tool definition failed validation:")
    ("cwltool-tool-failed-validation", "real",
     "$ cwltool --validate tools/align.cwl\n"
     "ERROR Tool definition failed validation:\n"
     "tools/align.cwl:14:5: checking field 'inputs'\n"
     "tools/align.cwl:18:7:   checking object 'tools/align.cwl#reads'\n"
     "tools/align.cwl:19:9:     Field 'type' references unknown identifier 'Fil', tried file:///src/tools/align.cwl#Fil\n" + _GHA),

    # ================================================================== miniwdl, Cromwell
    # chanzuckerberg/miniwdl WDL/runtime/error.py CommandFailed ("task command failed with exit status {}")
    # and RunFailed ("task {} ({} Ln {} Col {}) failed")
    ("miniwdl-task-command-failed", "real",
     "$ miniwdl run --verbose workflows/qc.wdl -i tests/qc.json\n"
     "2026-03-02 10:11:02.511 wdl.w:qc.t:call-count_reads  [stderr] Traceback (most recent call last):\n"
     "2026-03-02 10:11:02.512 wdl.w:qc.t:call-count_reads  [stderr] ValueError: invalid literal for int() with base 10: 'NA'\n"
     "2026-03-02 10:11:02.640 wdl.w:qc.t:call-count_reads task command failed with exit status 1 :: error: \"CommandFailed\", exit_status: 1\n"
     "2026-03-02 10:11:02.901 miniwdl-run task command failed with exit status 1 :: error: \"CommandFailed\", dir: \"/src/_LAST\"\n" + _GHA),
    # broadinstitute/cromwell (backend WrongReturnCode: "Job {} exited with return code {} which has not been
    # declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.")
    ("cromwell-wrong-return-code", "real",
     "$ java -jar cromwell.jar run workflows/qc.wdl --inputs tests/qc.json\n"
     "[2026-03-02 10:12:44,51] [info] BackgroundConfigAsyncJobExecutionActor [a1b2qc.count_reads:NA:1]: Status change from Running to Done\n"
     "[2026-03-02 10:12:45,02] [error] WorkflowManagerActor: Workflow 5e0c8b1a-2f3d-4c5e-9a7b-1c2d3e4f5a6b failed (during ExecutingWorkflowState): Job qc.count_reads:NA:1 exited with return code 2 which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.\n"
     "Check the content of stderr for potential additional information: /src/cromwell-executions/qc/5e0c8b1a/call-count_reads/execution/stderr.\n" + _GHA),

    # ================================================================== Dagster
    # dagster-io/dagster python_modules/dagster/dagster/_grpc/client.py ("Could not reach user code server.
    # gRPC Error code: {}"): the code server the job launched was not serving yet
    ("dagster-user-code-server-unreachable", "transient",
     "$ dagster job launch -w ci/workspace.yaml -j nightly_job --location acme_pipelines\n"
     "dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server. gRPC Error code: UNAVAILABLE\n"
     "\n"
     "The above exception was caused by the following exception:\n"
     "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n"
     "\tstatus = StatusCode.UNAVAILABLE\n"
     "\tdetails = \"failed to connect to all addresses; last error: UNKNOWN: ipv4:10.8.0.14:4000: Failed to connect to remote host: Connection refused\"\n"
     ">\n" + _GHA),

    # ================================================================== Kedro
    # kedro-org/kedro kedro/io/core.py ("Failed while loading data from dataset {}.\n{}") over a local file
    # the test data does not have
    ("kedro-dataset-load-file-missing", "real",
     "$ kedro run --pipeline data_processing\n"
     "[03/02/26 10:14:01] INFO     Loading data from companies (CSVDataset)...\n"
     "kedro.io.core.DatasetError: Failed while loading data from dataset CSVDataset(filepath=/src/data/01_raw/companies.csv, load_args={}, protocol=file, save_args={'index': False}).\n"
     "[Errno 2] No such file or directory: '/src/data/01_raw/companies.csv'\n" + _GHA),
    # kedro io/core.py (as above) over botocore's read timeout on the object store
    ("kedro-dataset-load-s3-read-timeout", "transient",
     "$ kedro run --env ci\n"
     "[03/02/26 10:15:11] INFO     Loading data from raw_events (ParquetDataset)...\n"
     "kedro.io.core.DatasetError: Failed while loading data from dataset ParquetDataset(filepath=ci-data-bucket/raw/events.parquet, load_args={}, protocol=s3, save_args={}).\n"
     "Read timeout on endpoint URL: \"https://ci-data-bucket.s3.eu-west-1.amazonaws.com/raw/events.parquet\"\n" + _GHA),
    # kedro runner/runner.py ("Pipeline input(s) {} not found in the {}")
    ("kedro-pipeline-input-not-found", "real",
     "$ kedro run --pipeline reporting\n"
     "ValueError: Pipeline input(s) {'params:report_options'} not found in the DataCatalog\n" + _GHA),
    # kedro io/data_catalog.py DatasetNotFoundError ("Dataset '{}' not found in the catalog")
    ("kedro-dataset-not-found-in-catalog", "real",
     "$ kedro run --nodes train_model_node\n"
     "kedro.io.core.DatasetNotFoundError: Dataset 'model_input_table' not found in the catalog\n" + _CIRCLE),
    # kedro runner/runner.py ("There are {} nodes that have not run.", "You can resume the pipeline run")
    # below a node's own exception
    ("kedro-node-error-then-resume-hint", "real",
     "$ kedro run\n"
     "                    INFO     Running node: preprocess_shuttles_node: preprocess_shuttles([shuttles]) -> [preprocessed_shuttles]\n"
     "                    ERROR    Node preprocess_shuttles_node: preprocess_shuttles([shuttles]) -> [preprocessed_shuttles] failed with error:\n"
     "                             'price'\n"
     "                    WARNING  There are 4 nodes that have not run.\n"
     "                             You can resume the pipeline run from the nearest nodes with persisted inputs by adding the following argument to your previous command:\n"
     "                               --from-nodes \"preprocess_shuttles_node\"\n"
     "KeyError: 'price'\n" + _GHA),
    # kedro runner/runner.py ("No nodes ran. Repeat the previous command to attempt a new run.") below the
    # first node's assertion: the hint is no outage
    ("kedro-no-nodes-ran-repeat-hint", "real",
     "$ kedro run --pipeline checks\n"
     "                    ERROR    Node validate_inputs: validate([companies]) -> [validated] failed with error:\n"
     "                             companies has 12 rows with a null id\n"
     "                    WARNING  No nodes ran. Repeat the previous command to attempt a new run.\n"
     "AssertionError: companies has 12 rows with a null id\n" + _GHA),

    # ================================================================== Airflow
    # apache/airflow airflow/jobs/scheduler_job_runner.py ("Detected zombie job: %s"): the worker running
    # the task stopped heartbeating (the integration stack's celery worker lost)
    ("airflow-detected-zombie-job", "transient",
     "$ ./ci/run-dag.sh ingest\n"
     "Triggered DAG run manual__2026-03-02T10:18:00+00:00 of ingest; waiting for it to finish\n"
     "$ docker compose logs --tail 3 airflow-scheduler\n"
     "airflow-scheduler-1  | [2026-03-02T10:20:41.118+0000] {scheduler_job_runner.py:1746} ERROR - Detected zombie job: {'full_filepath': '/opt/airflow/dags/ingest.py', 'msg': \"{'DAG Id': 'ingest', 'Task Id': 'load', 'Hostname': 'ci-worker-7f9c'}\", 'is_failure_callback': True}\n"
     "DAG run manual__2026-03-02T10:18:00+00:00 of ingest finished in state failed\n" + _GHA),

    # ================================================================== Argo Workflows
    # argoproj/argo-workflows cmd/argo/commands/common/wait.go ("%s %s at %v") and
    # workflow/controller/operator.go ("%s (exit code %d)" prefixed by the container's name): the step's
    # own command failed
    ("argo-main-error-exit-code", "real",
     "$ argo submit --wait --log ci/build-and-test.yaml -p revision=4f2a9c1\n"
     "build-and-test-x7k2p-unit-tests: --- FAIL: TestParseManifest (0.00s)\n"
     "build-and-test-x7k2p-unit-tests:     manifest_test.go:31: got \"v1\", want \"v2\"\n"
     "build-and-test-x7k2p-unit-tests: FAIL\tgithub.com/acme/deployer/manifest\t0.012s\n"
     "build-and-test-x7k2p Failed at 2026-03-02 10:22:13 +0000 UTC\n"
     "$ argo get build-and-test-x7k2p\n"
     "Status:              Failed\n"
     "Message:             child 'build-and-test-x7k2p-2817361' failed\n"
     "STEP                     TEMPLATE    PODNAME                         DURATION  MESSAGE\n"
     " \u2716 build-and-test-x7k2p  main\n"
     " \u2514\u2500\u2716 unit-tests          go-test     build-and-test-x7k2p-2817361  41s       main: Error (exit code 1)\n" + _GHA),
    # argo-workflows workflow/controller/operator.go (markNodeError "pod deleted"): the pod went away under
    # the step (a node drained or scaled down)
    ("argo-node-pod-deleted", "transient",
     "$ argo submit --wait ci/e2e.yaml\n"
     "e2e-9wq4d Error at 2026-03-02 10:31:54 +0000 UTC\n"
     "$ argo get e2e-9wq4d\n"
     "Status:              Error\n"
     "Message:             child 'e2e-9wq4d-1539922' errored\n"
     "STEP            TEMPLATE  PODNAME            DURATION  MESSAGE\n"
     " \u2716 e2e-9wq4d    main\n"
     " \u2514\u2500\u26a0 run-suite  suite     e2e-9wq4d-1539922  6m        pod deleted\n" + _GHA),
    # argo-workflows workflow/controller/operator.go (a failed pod's status message) for a kubelet eviction
    ("argo-node-evicted-node-pressure", "transient",
     "$ argo submit --wait ci/integration.yaml\n"
     "integration-m2c8r Failed at 2026-03-02 10:40:02 +0000 UTC\n"
     "$ argo get integration-m2c8r\n"
     "STEP                 TEMPLATE  PODNAME                    DURATION  MESSAGE\n"
     " \u2716 integration-m2c8r  main\n"
     " \u2514\u2500\u2716 db-tests         pytest    integration-m2c8r-3366102  2m        The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 8342Mi.\n" + _GHA),
    # argo-workflows workflow/validate/validate.go ("template name '%s' undefined") under `argo submit`
    ("argo-submit-template-undefined", "real",
     "$ argo submit --wait ci/build.yaml\n"
     "Error: Failed to submit workflow: rpc error: code = InvalidArgument desc = templates.main.steps[0].build template name 'go-buid' undefined\n" + _GHA),

    # ================================================================== Temporal
    # temporalio/sdk-python temporalio/bridge/src/testing.rs ("Failed starting Temporal dev server: {}") over
    # sdk-core's wait for the server it started: not answering within its window
    ("temporal-dev-server-not-ready", "transient",
     "$ pytest tests/workflows -q\n"
     "E   RuntimeError: Failed starting Temporal dev server: Failed connecting to test server after 5 seconds, last error: Server connection error: tonic::transport::Error(Transport, ConnectError(\"tcp connect error\", 127.0.0.1:41873, Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }))\n"
     "ERROR tests/workflows/test_orders.py::test_order_workflow - RuntimeError: Failed starting Temporal dev server\n"
     "1 error in 9.31s\n" + _GHA),
    # sdk-python testing.rs (as above) over the download of the dev server's binary
    ("temporal-dev-server-download-failed", "transient",
     "$ pytest tests -q -x\n"
     "E   RuntimeError: Failed starting Temporal dev server: error sending request for url (https://temporal.download/cli/default?arch=amd64&platform=linux&sdk-name=sdk-python&sdk-version=1.9.0)\n"
     "ERROR tests/test_worker.py::test_greeting - RuntimeError: Failed starting Temporal dev server\n"
     "1 error in 31.02s\n" + _GHA),
    # temporalio/sdk-go internal/internal_workflow_client.go ("failed reaching server: %w") as the temporal
    # CLI prints it while the dev server started in the background is not answering yet
    ("temporal-cli-failed-reaching-server-deadline", "transient",
     "$ temporal server start-dev --headless &\n"
     "$ temporal operator namespace create ci-tests\n"
     "time=2026-03-02T10:44:05.120 level=ERROR msg=\"failed reaching server: context deadline exceeded\"\n" + _GHA),
    # sdk-python temporalio/client/_exceptions.py WorkflowFailureError ("Workflow execution failed") around
    # the activity's own exception
    ("temporal-workflow-failure-own-error", "real",
     "$ pytest tests/workflows -q\n"
     "E   temporalio.client.WorkflowFailureError: Workflow execution failed\n"
     "E   temporalio.exceptions.ActivityError: Activity task failed\n"
     "E   temporalio.exceptions.ApplicationError: KeyError: 'customer_id'\n"
     "FAILED tests/workflows/test_billing.py::test_invoice_workflow - temporalio.client.WorkflowFailureError: Workflow execution failed\n"
     "1 failed, 7 passed in 4.10s\n" + _GHA),
    # a test named after a deadline fails on its own comparison
    ("temporal-deadline-words-in-test-name", "real",
     "$ go test ./workflows/...\n"
     "--- FAIL: TestRetryOnContextDeadlineExceeded (0.03s)\n"
     "    retry_test.go:44: attempts = 2, want 3\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/flows/workflows\t0.214s\n" + _GHA),

    # ================================================================== Luigi
    # spotify/luigi luigi/execution_summary.py ("This progress looks {0} because {1}", ":(", "there were
    # failed tasks") below a task's own exception
    ("luigi-failed-tasks-summary", "real",
     "$ python -m luigi --module pipeline.report BuildReport --local-scheduler\n"
     "ERROR: [pid 4242] Worker Worker(salt=81723, workers=1, host=runner-1, username=runner, pid=4242) failed    BuildReport(date=2026-03-01)\n"
     "Traceback (most recent call last):\n"
     "  File \"/src/pipeline/report.py\", line 52, in run\n"
     "    totals = frame[\"revenue\"].sum()\n"
     "KeyError: 'revenue'\n"
     "===== Luigi Execution Summary =====\n"
     "\n"
     "Scheduled 3 tasks of which:\n"
     "* 2 ran successfully:\n"
     "    - 2 ExtractOrders(date=2026-03-01)\n"
     "* 1 failed:\n"
     "    - 1 BuildReport(date=2026-03-01)\n"
     "\n"
     "This progress looks :( because there were failed tasks\n"
     "\n"
     "===== Luigi Execution Summary =====\n" + _GHA),
    # luigi rpc.py RPCError ("Errors (%d attempts) when connecting to remote scheduler %r") after its
    # retries ("Failed connecting to remote scheduler %r")
    ("luigi-remote-scheduler-unreachable", "transient",
     "$ luigi --module pipeline.daily DailyRollup --scheduler-host luigid.ci.example.net\n"
     "WARNING: Failed connecting to remote scheduler 'http://luigid.ci.example.net:8082'\n"
     "requests.exceptions.ConnectionError: HTTPConnectionPool(host='luigid.ci.example.net', port=8082): Max retries exceeded with url: /api/add_task (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a>: Failed to establish a new connection: [Errno 111] Connection refused'))\n"
     "INFO: Retrying attempt 4 of 3 (max)\n"
     "luigi.rpc.RPCError: Errors (3 attempts) when connecting to remote scheduler 'http://luigid.ci.example.net:8082'\n" + _GHA),
    # luigi execution_summary.py (":|", "there were missing external dependencies")
    ("luigi-missing-external-dependencies", "real",
     "$ python -m luigi --module pipeline.load LoadWarehouse --local-scheduler\n"
     "===== Luigi Execution Summary =====\n"
     "\n"
     "Scheduled 2 tasks of which:\n"
     "* 1 were left pending, among these:\n"
     "    * 1 were missing external dependencies:\n"
     "        - 1 RawDump(path=/data/raw/2026-03-01.csv)\n"
     "\n"
     "This progress looks :| because there were missing external dependencies\n"
     "\n"
     "===== Luigi Execution Summary =====\n"
     "##[error]Luigi run did not succeed\n" + _GHA),

    # ------------------------------------------------------------------ near-misses of this round's entries
    # luigi execution_summary.py (":(", "there were failed tasks") below a task that failed on the object
    # store's connect timeout (botocore's ConnectTimeoutError): the outage, not the summary, says what to do
    ("luigi-failed-tasks-after-connect-timeout", "transient",
     "$ python -m luigi --module pipeline.export ExportDaily --local-scheduler\n"
     "ERROR: [pid 5150] Worker Worker(salt=11, workers=1, host=runner-2, username=runner, pid=5150) failed    ExportDaily(date=2026-03-01)\n"
     "botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: \"https://ci-exports.s3.eu-west-1.amazonaws.com/daily/2026-03-01.csv\"\n"
     "===== Luigi Execution Summary =====\n"
     "This progress looks :( because there were failed tasks\n"
     "===== Luigi Execution Summary =====\n" + _GHA),
    # a Kubernetes operator's own test log says it deleted a pod; the test fails on its own comparison
    ("pod-deleted-in-operator-test-log", "real",
     "$ go test ./controllers/...\n"
     "    reconciler_test.go:61: reconcile: pod deleted\n"
     "--- FAIL: TestReconcileRecreatesPod (0.41s)\n"
     "    reconciler_test.go:77: replicas = 1, want 2\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/operator/controllers\t0.512s\n" + _GHA),
    # a scheduler test of the project's own asserting on the zombie message in captured logs
    ("zombie-words-in-caplog-assertion", "real",
     "$ pytest tests/jobs -q\n"
     "E       assert 'Detected zombie job' in 'INFO - Marking run <DagRun ingest> failed'\n"
     "FAILED tests/jobs/test_scheduler.py::test_zombie_is_reported - AssertionError\n"
     "1 failed, 40 passed in 12.30s\n" + _GHA),
    # the remote scheduler's words inside a pytest.raises check the project wrote
    ("luigi-rpc-words-in-raises-check", "real",
     "$ pytest tests/test_client.py -q\n"
     "E       AssertionError: Regex pattern did not match.\n"
     "E        Regex: 'Errors \\\\(3 attempts\\\\) when connecting to remote scheduler'\n"
     "E        Input: 'Errors (2 attempts) when connecting to remote scheduler'\n"
     "FAILED tests/test_client.py::test_rpc_gives_up_after_three - AssertionError: Regex pattern did not match.\n"
     "1 failed, 12 passed in 0.40s\n" + _GHA),

    # ------------------------------------------------------------------ read as the catalogue reads any SIGKILL or timeout
    # snakemake logging.py (as for shell failures) over bash's "Killed": the rule's own tool using more
    # memory than the runner has, or a neighbour's pressure
    ("snakemake-rule-killed", "transient",
     "rule bwa_index:\n"
     "    input: resources/genome.fa\n"
     "bash: line 1:  4242 Killed                  bwa index resources/genome.fa\n"
     "Error in rule bwa_index:\n"
     "    jobid: 1\n"
     "    shell:\n"
     "        bwa index resources/genome.fa\n"
     "        (command exited with non-zero exit code)\n"
     "Exiting because a job execution failed. Look below for error messages\n" + _GHA),
    # cwltool job.py ("[job %s] was terminated by signal: %s")
    ("cwltool-terminated-by-sigkill", "transient",
     "INFO [job assemble] /tmp/q1w2e3$ spades.py -1 r1.fq -2 r2.fq -o asm\n"
     "WARNING [job assemble] was terminated by signal: SIGKILL\n"
     "WARNING [job assemble] completed permanentFail\n"
     "WARNING Final process status is permanentFail\n" + _GHA),
    # argo-workflows operator.go ("Step exceeded its deadline"): the step's activeDeadlineSeconds, a hang of
    # the code or a slow runner
    ("argo-step-exceeded-deadline", "transient",
     "$ argo submit --wait ci/e2e.yaml\n"
     "e2e-77fjq Failed at 2026-03-02 11:02:00 +0000 UTC\n"
     "$ argo get e2e-77fjq\n"
     " \u2514\u2500\u2716 browser-tests  cypress   e2e-77fjq-2201934  30m       Step exceeded its deadline\n" + _GHA),
    # dagster _grpc/client.py ("User code server request timed out due to taking longer than {} seconds to
    # complete."): a slow definitions load of the code's own, or a slow runner
    ("dagster-user-code-request-timed-out", "transient",
     "$ dagster asset materialize -m acme_pipelines --select orders\n"
     "dagster._core.errors.DagsterUserCodeUnreachableError: User code server request timed out due to taking longer than 180 seconds to complete.\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # snakemake exceptions.py LockException ("Error: Directory cannot be locked."): another run in the same
    # directory, or a lock left by a killed run in a cached .snakemake
    ("snakemake-directory-cannot-be-locked",
     "$ snakemake --cores 2\n"
     "LockException:\n"
     "Error: Directory cannot be locked. Please make sure that no other Snakemake process is trying to create the same files in the following directory:\n"
     "/home/runner/work/vc/vc\n"
     "If you are sure that no other instances of snakemake are running on this directory, the remaining lock was likely caused by a kill signal or a power loss. It can be removed with the --unlock argument.\n" + _GHA),
    # Nextflow TaskProcessor (exit status 137): nf-core's configs retry it with more memory
    ("nextflow-exit-status-137",
     "ERROR ~ Error executing process > 'STAR_ALIGN (s1)'\n"
     "\n"
     "Caused by:\n"
     "  Process `STAR_ALIGN (s1)` terminated with an error exit status (137)\n"
     "\n"
     "Command exit status:\n"
     "  137\n"
     "\n"
     "Command error:\n"
     "  .command.sh: line 2:    88 Killed                  STAR --runThreadN 2 --genomeDir star\n" + _GHA),
    # chanzuckerberg/miniwdl WDL/runtime/error.py CommandFailed (", a possible indication that it ran out of
    # memory" when the status is 137)
    ("miniwdl-exit-137-oom-hint",
     "2026-03-02 10:50:12.001 wdl.w:asm.t:call-assemble task command failed with exit status 137, a possible indication that it ran out of memory :: error: \"CommandFailed\", exit_status: 137\n"
     "2026-03-02 10:50:12.300 miniwdl-run task command failed with exit status 137, a possible indication that it ran out of memory :: error: \"CommandFailed\", dir: \"/src/_LAST\"\n" + _GHA),
    # argo-workflows operator.go ("%s (exit code %d)") with the container's OOMKilled reason: the step's own
    # memory limit
    ("argo-main-oomkilled",
     "$ argo submit --wait ci/train.yaml\n"
     "train-4xv8n Failed at 2026-03-02 10:52:30 +0000 UTC\n"
     "$ argo get train-4xv8n\n"
     "STEP              TEMPLATE  PODNAME              DURATION  MESSAGE\n"
     " \u2716 train-4xv8n    main\n"
     " \u2514\u2500\u2716 fit-model    fit       train-4xv8n-1180054  3m        main: OOMKilled (exit code 137)\n" + _GHA),
    # cwltool job.py ("[job %s] completed %s" with temporaryFail): the tool's own temporaryFailCodes
    ("cwltool-temporary-fail",
     "WARNING [job fetch_reference] exited with status: 75\n"
     "WARNING [job fetch_reference] completed temporaryFail\n"
     "WARNING [step fetch_reference] completed temporaryFail\n"
     "INFO [workflow ] completed temporaryFail\n"
     "WARNING Final process status is temporaryFail\n" + _GHA),
    # apache/airflow task runner ("Task exited with return code %s" with Negsignal.SIGKILL): most often the
    # task's own memory
    ("airflow-task-negsignal-sigkill",
     "$ airflow dags test features 2026-03-01\n"
     "[2026-03-02T11:05:12.004+0000] {taskinstance.py:1138} INFO - Executing <Task(PythonOperator): build_features> on 2026-03-01\n"
     "[2026-03-02T11:06:40.771+0000] {local_task_job_runner.py:234} INFO - Task exited with return code Negsignal.SIGKILL\n"
     "[2026-03-02T11:06:40.802+0000] {taskinstance.py:1400} ERROR - Marking task as FAILED. dag_id=features, task_id=build_features\n" + _GHA),
    # apache/airflow airflow/utils/timeout.py (AirflowTaskTimeout "Timeout, PID: %s"): the task's own
    # execution_timeout
    ("airflow-task-execution-timeout",
     "$ airflow dags test export 2026-03-01\n"
     "airflow.exceptions.AirflowTaskTimeout: Timeout, PID: 5151\n"
     "[2026-03-02T11:10:00.412+0000] {taskinstance.py:1400} ERROR - Marking task as UP_FOR_RETRY. dag_id=export, task_id=dump_tables\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_workflow_engine_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_workflow_engine_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Missing input files for rule ",
    "CI mode activated and snapshot with id '",
    "main: OOMKilled (exit code 137) ",
    "build-and-test  pod deleted ",
    "Failed starting Temporal dev server: ",
    "E  Input: ",
]
