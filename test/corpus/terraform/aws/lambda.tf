resource "aws_lambda_function" "pagerduty_forwarder" {
  function_name    = "pagerduty-forwarder"
  role             = aws_iam_role.forwarder.arn
  handler          = "handler.forward"
  runtime          = "python3.12"
  filename         = "build/forwarder.zip"
  source_code_hash = "⟦-|{base64:43}=⟧"

  environment {
    variables = {
      PD_ROUTING_KEY_PARAM = aws_ssm_parameter.pagerduty_integration_key.name
      BUILD_SHA            = "⟦-|{hex:40}⟧"
    }
  }
}

resource "aws_s3_object" "pagerduty_runbook" {
  bucket = "acme-runbooks"
  key    = "pagerduty/forwarder.md"
  source = "runbooks/forwarder.md"
  etag   = "⟦-|{hex:32}⟧"
}
