package ps.rasd.identity.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.identity.AccountCreated;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.PageResult;

/** Account administration as JSON, for administrators (provisioning many monitors at once, for instance). */
@RestController
@RequestMapping(path = "/api/v1/admin/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountRestController {

	private final IdentityManagement identity;

	AccountRestController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping
	PageResult<AccountSummary> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return identity.accounts(page, size);
	}

	/** Creates the account; the answer carries its one-time password, which is never shown again. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AccountCreatedResource create(@Valid @RequestBody NewAccountRequest request) {
		AccountCreated created = identity.create(request.username(), request.details());
		return new AccountCreatedResource(created.account(), created.oneTimePassword());
	}

	/**
	 * @param account the new account
	 * @param oneTimePassword its one-time password
	 */
	record AccountCreatedResource(AccountSummary account, String oneTimePassword) {
	}
}
